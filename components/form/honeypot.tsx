/** A field named "website" that people never see: simple spam robots fill in every field (the action then sends nothing). */
export function Honeypot({ id }: { id: string }) {
  // Hidden from people (and screen readers).
  return (
    <div hidden>
      <label htmlFor={id}>Laat dit veld leeg</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** Accessible form fields (NL Design System / GOV.UK pattern): label, hint, error, aria wiring. */
import type { ReactNode } from "react";
import type { ActionState, FormValues } from "@/lib/actions";

export function valueOf(values: FormValues | undefined, name: string, fallback = ""): string {
  const v = values?.[name];
  return Array.isArray(v) ? (v[0] ?? fallback) : (v ?? fallback);
}

export function valuesOf(values: FormValues | undefined, name: string, fallback: string[] = []): string[] {
  const v = values?.[name];
  return v === undefined ? fallback : Array.isArray(v) ? v : [v];
}

export function errorsOf(state: ActionState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[name] : undefined;
}

function describedBy(id: string, hint?: ReactNode, error?: string[]) {
  return [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell(props: { id: string; label: ReactNode; hint?: ReactNode; error?: string[]; children: ReactNode; optional?: boolean }) {
  return (
    <div className={`field ${props.error?.length ? "field--error" : ""}`}>
      <label htmlFor={props.id} className="field__label">
        {props.label}
        {props.optional ? <span className="field__optional"> (niet verplicht)</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error?.length ? (
        <p id={`${props.id}-error`} className="field__error">
          <span className="sr-only">Fout: </span>
          {props.error.join(" ")}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  state: ActionState;
  defaultValue?: string;
  optional?: boolean;
  id?: string;
};

export function TextField(p: Common & { type?: string; autoComplete?: string; inputMode?: "numeric" | "email" | "tel" | "text"; width?: "s" | "m" | "l" }) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} optional={p.optional}>
      <input
        id={id}
        name={p.name}
        type={p.type ?? "text"}
        autoComplete={p.autoComplete}
        inputMode={p.inputMode}
        defaultValue={values ? valueOf(values, p.name) : p.defaultValue}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={`input input--${p.width ?? "l"}`}
      />
    </FieldShell>
  );
}

export function TextArea(p: Common & { rows?: number }) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} optional={p.optional}>
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 5}
        defaultValue={values ? valueOf(values, p.name) : p.defaultValue}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className="input input--l"
      />
    </FieldShell>
  );
}

export function SelectField(p: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} optional={p.optional}>
      <select
        id={id}
        name={p.name}
        defaultValue={values ? valueOf(values, p.name) : (p.defaultValue ?? "")}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className="input input--m"
      >
        {p.placeholder !== undefined ? <option value="">{p.placeholder}</option> : null}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes or radio buttons in a fieldset with a legend. */
export function ChoiceGroup(
  p: Omit<Common, "defaultValue"> & {
    type: "checkbox" | "radio";
    options: { value: string; label: ReactNode; hint?: ReactNode }[];
    defaultValue?: string[];
  },
) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  const selected = values ? valuesOf(values, p.name) : (p.defaultValue ?? []);
  return (
    <fieldset
      id={id}
      className={`field ${error?.length ? "field--error" : ""}`}
      aria-describedby={describedBy(id, p.hint, error)}
    >
      <legend className="field__label">
        {p.label}
        {p.optional ? <span className="field__optional"> (niet verplicht)</span> : null}
      </legend>
      {p.hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {p.hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className="field__error">
          <span className="sr-only">Fout: </span>
          {error.join(" ")}
        </p>
      ) : null}
      <div className="choices">
        {p.options.map((o, i) => {
          const oid = `${id}-${i}`;
          return (
            <div className="choice" key={o.value}>
              <input
                type={p.type}
                id={oid}
                name={p.name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                aria-describedby={o.hint ? `${oid}-hint` : undefined}
              />
              <label htmlFor={oid}>{o.label}</label>
              {o.hint ? (
                <p id={`${oid}-hint`} className="choice__hint">
                  {o.hint}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Checkbox(p: { name: string; label: ReactNode; state: ActionState; defaultChecked?: boolean; hint?: ReactNode; id?: string }) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  const checked = values ? valueOf(values, p.name) === "on" || valueOf(values, p.name) === "true" : p.defaultChecked;
  return (
    <div className={`field ${error?.length ? "field--error" : ""}`}>
      {error?.length ? (
        <p id={`${id}-error`} className="field__error">
          <span className="sr-only">Fout: </span>
          {error.join(" ")}
        </p>
      ) : null}
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={p.name}
          defaultChecked={checked}
          aria-invalid={error?.length ? true : undefined}
          aria-describedby={describedBy(id, p.hint, error)}
        />
        <label htmlFor={id}>{p.label}</label>
        {p.hint ? (
          <p id={`${id}-hint`} className="choice__hint">
            {p.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

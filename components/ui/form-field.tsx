/**
 * NL Design System "Form Field" with label, description and error, and the controls in it (Textbox,
 * Textarea, Select, Radio Group, Checkbox Group, Checkbox): label, hint, error, aria wiring.
 */
import type { ReactNode } from "react";
import { choiceClass, choiceHintClass, choicesClass, formDescriptionClass, formErrorClass, formFieldClass, formLabelClass, formOptionalClass, inputClass, type InputWidth } from "./classes";
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
    <div className={formFieldClass(!!props.error?.length)}>
      <label htmlFor={props.id} className={formLabelClass}>
        {props.label}
        {props.optional ? <span className={formOptionalClass}> (niet verplicht)</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className={formDescriptionClass}>
          {props.hint}
        </p>
      ) : null}
      {props.error?.length ? (
        <p id={`${props.id}-error`} className={formErrorClass}>
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

export function TextField(p: Common & { type?: string; autoComplete?: string; inputMode?: "numeric" | "email" | "tel" | "text"; width?: InputWidth }) {
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
        className={inputClass(p.width ?? "l", !!error?.length)}
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
        className={inputClass("l", !!error?.length)}
      />
    </FieldShell>
  );
}

export function SelectField(p: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  const id = p.id ?? p.name;
  const error = errorsOf(p.state, p.name);
  const values = p.state?.values;
  const waarde = values ? valueOf(values, p.name) : (p.defaultValue ?? "");
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} optional={p.optional}>
      {/* The key: React applies a select's defaultValue only when it mounts, and resets the form after an
          action; without a new select for the returned value the choice would jump back to the first option. */}
      <select
        key={waarde}
        id={id}
        name={p.name}
        defaultValue={waarde}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass("m", !!error?.length)}
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
      className={formFieldClass(!!error?.length)}
      aria-describedby={describedBy(id, p.hint, error)}
    >
      <legend className={formLabelClass}>
        {p.label}
        {p.optional ? <span className={formOptionalClass}> (niet verplicht)</span> : null}
      </legend>
      {p.hint ? (
        <p id={`${id}-hint`} className={formDescriptionClass}>
          {p.hint}
        </p>
      ) : null}
      {error?.length ? (
        <p id={`${id}-error`} className={formErrorClass}>
          <span className="sr-only">Fout: </span>
          {error.join(" ")}
        </p>
      ) : null}
      <div className={choicesClass}>
        {p.options.map((o, i) => {
          const oid = `${id}-${i}`;
          return (
            <div className={choiceClass} key={o.value}>
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
                <p id={`${oid}-hint`} className={choiceHintClass}>
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
    <div className={formFieldClass(!!error?.length)}>
      {error?.length ? (
        <p id={`${id}-error`} className={formErrorClass}>
          <span className="sr-only">Fout: </span>
          {error.join(" ")}
        </p>
      ) : null}
      <div className={choiceClass}>
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
          <p id={`${id}-hint`} className={choiceHintClass}>
            {p.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

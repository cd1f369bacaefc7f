"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

export function SubmitButton({ children, variant = "primary", name, value }: { children: ReactNode; variant?: "primary" | "secondary" | "danger"; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button button--${variant}`} aria-disabled={pending || undefined} name={name} value={value}>
      {children}
    </button>
  );
}

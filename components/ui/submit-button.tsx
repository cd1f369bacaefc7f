"use client";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./classes";

export function SubmitButton({ children, variant = "primary", name, value }: { children: ReactNode; variant?: "primary" | "secondary" | "danger"; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass(variant)} aria-disabled={pending || undefined} name={name} value={value}>
      {children}
    </button>
  );
}

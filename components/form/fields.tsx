/** Moved to components/ui/form-field.tsx (NL Design System "Form Field"); kept so old imports work. */
export * from "@/components/ui/form-field";

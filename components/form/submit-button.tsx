/** Moved to components/ui/submit-button.tsx; kept so old imports work. */
export * from "@/components/ui/submit-button";

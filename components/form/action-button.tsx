/** Moved to components/ui/action-button.tsx; kept so old imports work. */
export * from "@/components/ui/action-button";

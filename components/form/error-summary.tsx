/** Moved to components/ui/error-summary.tsx; kept so old imports work. */
export * from "@/components/ui/error-summary";

/** Moved to components/ui/breadcrumbs.tsx; kept so old imports work. */
export * from "@/components/ui/breadcrumbs";

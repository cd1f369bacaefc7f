/** The look of a map pin, shared by the Leaflet icons (map.tsx) and the legend (components/kaart/legenda.tsx). */
export const PIN_CLASS = "flex items-center justify-center rounded-[50%_50%_50%_0] -rotate-45 border-2 border-white shadow-[0_1px_3px_rgba(0,0,0,.5)]";
export const PIN_LETTER_CLASS = "rotate-45 text-xs font-bold text-white";

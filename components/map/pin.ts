/** The look of a map pin, shared by the Leaflet icons (map.tsx) and the legend (components/kaart/legenda.tsx). */
// The utilities behind these names are in app/globals.css (short names: a result list repeats them 20 times).
export const PIN_CLASS = "kaart-pin";
export const PIN_LETTER_CLASS = "kaart-pin-letter";

/** The classes of a map marker (the Leaflet icons of map.tsx). The list and the legend use the one-element `.pin`
 * (components/kaart/legenda.tsx); app/globals.css gives both the same drop. */
export const PIN_CLASS = "kaart-pin";
export const PIN_LETTER_CLASS = "kaart-pin-letter";

/** Distance in kilometres (equirectangular approximation: exact enough within a municipality). */
export function afstandKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const kx = 111.32 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (a.lng - b.lng) * kx;
  const dy = (a.lat - b.lat) * 110.57;
  return Math.sqrt(dx * dx + dy * dy);
}

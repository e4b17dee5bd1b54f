/** Engine version stored with every score, so a stored score can be traced and re-scored. */
export const engineVersion = "2026.12.2";

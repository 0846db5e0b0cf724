/**
 * ISO 3166-1 alpha-3 → alpha-2 for NATO's 32 members and its partner countries: the feed gives
 * nationalities as alpha-3 codes (`ALB`), `Intl.DisplayNames` names regions by alpha-2 (`AL`).
 * Packed as one string of 5-letter entries to stay small.
 */
const TABLE =
  // Members
  'ALBAL BELBE BGRBG CANCA HRVHR CZECZ DNKDK ESTEE FINFI FRAFR DEUDE GRCGR HUNHU ISLIS ITAIT LVALV ' +
  'LTULT LUXLU MNEME NLDNL MKDMK NORNO POLPL PRTPT ROURO SVKSK SVNSI ESPES SWESE TURTR GBRGB USAUS ' +
  // Partners: Euro-Atlantic, Mediterranean Dialogue, Istanbul Cooperation Initiative, global
  'AUTAT IRLIE CHECH MLTMT UKRUA GEOGE MDAMD BIHBA SRBRS ARMAM AZEAZ KAZKZ UZBUZ KGZKG TJKTJ TKMTM ' +
  'DZADZ EGYEG ISRIL JORJO MRTMR MARMA TUNTN BHRBH KWTKW QATQA AREAE AUSAU NZLNZ JPNJP KORKR MNGMN ' +
  'IRQIQ PAKPK COLCO AFGAF';

let map: Map<string, string> | undefined;

/**
 * The alpha-2 code for an alpha-3 (or alpha-2) nationality code, or `undefined` when it is not
 * one this library knows: the caller then shows the code itself.
 */
export function alpha2(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  map ??= new Map(TABLE.split(' ').map((entry) => [entry.slice(0, 3), entry.slice(3)]));
  if (upper.length === 3) return map.get(upper);
  // An alpha-2 code given directly is used as it is.
  return /^[A-Z]{2}$/.test(upper) ? upper : undefined;
}

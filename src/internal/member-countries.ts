/**
 * The names of NATO's 32 member states in English and French, as `Intl.DisplayNames` gives
 * them (CLDR). Almost every place and nationality a careers feed holds is one of them, and in
 * Chromium the first `Intl.DisplayNames` of a page costs 100 ms or more on the main thread
 * (measured by `npm run bench -- --profile`), so these are looked up here first.
 */
const TABLE =
  'AL:Albania:Albanie,BE:Belgium:Belgique,BG:Bulgaria:Bulgarie,CA:Canada:Canada,HR:Croatia:Croatie,' +
  'CZ:Czechia:Tchéquie,DK:Denmark:Danemark,EE:Estonia:Estonie,FI:Finland:Finlande,FR:France:France,' +
  'DE:Germany:Allemagne,GR:Greece:Grèce,HU:Hungary:Hongrie,IS:Iceland:Islande,IT:Italy:Italie,' +
  'LV:Latvia:Lettonie,LT:Lithuania:Lituanie,LU:Luxembourg:Luxembourg,ME:Montenegro:Monténégro,' +
  'NL:Netherlands:Pays-Bas,MK:North Macedonia:Macédoine du Nord,NO:Norway:Norvège,PL:Poland:Pologne,' +
  'PT:Portugal:Portugal,RO:Romania:Roumanie,SK:Slovakia:Slovaquie,SI:Slovenia:Slovénie,ES:Spain:Espagne,' +
  'SE:Sweden:Suède,TR:Türkiye:Turquie,GB:United Kingdom:Royaume-Uni,US:United States:États-Unis';

let names: Map<string, [en: string, fr: string]> | undefined;

/** The member state's name in English or French, if `code` is one; otherwise `undefined`. */
export function memberCountryName(code: string, language: 'en' | 'fr'): string | undefined {
  names ??= new Map(
    TABLE.split(',').map((entry) => {
      const [alpha2, en, fr] = entry.split(':');
      return [alpha2, [en, fr]];
    }),
  );
  return names.get(code)?.[language === 'en' ? 0 : 1];
}

/**
 * The rulebooks shipped with Probity, in the order `listRulebooks()` gives them. Each is checked
 * against `RulebookSchema` when the package loads; a council's own rulebook can be added at run
 * time with `registerRulebook` or passed to `classify` directly.
 */
import hounslow from './hounslow.json' with { type: 'json' };
import northEastDerbyshire from './north-east-derbyshire.json' with { type: 'json' };
import nottinghamshire from './nottinghamshire.json' with { type: 'json' };
import nuthurstParish from './nuthurst-parish.json' with { type: 'json' };
import sectionD from './section-d.json' with { type: 'json' };

export const BUILT_IN_RULEBOOKS: readonly unknown[] = [
  northEastDerbyshire,
  hounslow,
  nottinghamshire,
  nuthurstParish,
  sectionD,
];

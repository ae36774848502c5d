import type { Role } from '../../model/roles.ts';

/** What each role means, for readers of the published tables; a new role without one is a type error. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  held: 'land Russia held on the scenario date (per the control source)',
  claimed: 'land Russia claims as its own on paper but did not hold on the scenario date',
  demanded: 'land a party demanded that the other side withdraw from or hand over',
  'recognised-de-jure': 'land a proposal would recognise as Russian in law',
  'recognised-de-facto':
    'land a proposal would accept as controlled by Russia in fact, without recognising it in law',
  'proposed-protection': 'land a party proposed to put under a security guarantee or protection',
  'to-be-negotiated': 'land whose status a proposal leaves to later negotiation',
};

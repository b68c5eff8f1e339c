/**
 * Word lists for plausible, varied company names and promise descriptions. Some names carry
 * commas, quotes, apostrophes and non-ASCII letters on purpose: real Account names do, and
 * they exercise every CSV reader's quoting and UTF-8 handling.
 */
import type { Random } from './random';
import { Weighted } from './random';

const BRAND_HEADS = [
    'North',
    'South',
    'East',
    'West',
    'Blue',
    'Red',
    'Green',
    'Silver',
    'Gold',
    'Iron',
    'Stone',
    'Bright',
    'Clear',
    'High',
    'Deep',
    'Swift',
    'True',
    'Prime',
    'Nova',
    'Terra',
    'Aero',
    'Hydro',
    'Geo',
    'Bio',
    'Medi',
    'Fin',
    'Data',
    'Cloud',
    'Net',
    'Logi',
    'Info',
    'Agri',
    'Oak',
    'Pine',
    'Cedar',
    'Maple',
    'Falcon',
    'Eagle',
    'Wolf',
    'Lumen',
    'Vita',
    'Omni',
    'Poly',
    'Quanta',
    'Vero',
    'Alta',
    'Sol',
    'Luna'
] as const;

const BRAND_TAILS = [
    'wind',
    'peak',
    'field',
    'gate',
    'bridge',
    'water',
    'stone',
    'point',
    'line',
    'wave',
    'path',
    'core',
    'sphere',
    'works',
    'craft',
    'logic',
    'scope',
    'view',
    'ridge',
    'brook',
    'haven',
    'forge',
    'mark',
    'bay',
    'dale',
    'vale',
    'tek',
    'soft',
    'nova',
    'trix',
    'wise',
    'grid',
    'star',
    'crest',
    'hub',
    'ton'
] as const;

const WORDS = [
    'Summit',
    'Evergreen',
    'Redwood',
    'Granite',
    'Harbor',
    'Lakeshore',
    'Pinnacle',
    'Keystone',
    'Meridian',
    'Horizon',
    'Beacon',
    'Cobalt',
    'Sterling',
    'Orion',
    'Vertex',
    'Nimbus',
    'Polaris',
    'Riverbend',
    'Oakridge',
    'Stonebridge',
    'Westfield',
    'Highland',
    'Clearwater',
    'Juniper',
    'Sequoia',
    'Tidewater',
    'Copperfield',
    'Bluebird',
    'Foxglove',
    'Kestrel',
    'Larkspur',
    'Marigold',
    'Obsidian',
    'Quarry',
    'Saffron',
    'Tamarack',
    'Zephyr',
    'Alder',
    'Birch',
    'Caldera',
    'Delta',
    'Ember',
    'Fjord',
    'Glacier'
] as const;

const INDUSTRIES = [
    'Logistics',
    'Manufacturing',
    'Health',
    'Financial',
    'Systems',
    'Solutions',
    'Foods',
    'Energy',
    'Analytics',
    'Robotics',
    'Pharma',
    'Labs',
    'Consulting',
    'Partners',
    'Capital',
    'Media',
    'Software',
    'Networks',
    'Retail',
    'Motors',
    'Aerospace',
    'Textiles',
    'Construction',
    'Insurance',
    'Biotech',
    'Telecom',
    'Hospitality',
    'Learning',
    'Security',
    'Semiconductors',
    'Packaging',
    'Freight',
    'Dental Group',
    'Medical Devices',
    'Hotels',
    'Brewing',
    'Outdoor',
    'Property',
    'Engineering',
    'Chemicals'
] as const;

const SURNAMES = [
    'Meyer',
    'Schmidt',
    'Johnson',
    'Okafor',
    'Nakamura',
    'Rossi',
    'Dubois',
    'García',
    'Novak',
    'Kowalski',
    'Andersson',
    'Müller',
    "O'Brien",
    'Patel',
    'Chen',
    'Kim',
    'Silva',
    'Larsen',
    'Fischer',
    'Moreau',
    'Jensen',
    'Ivanova',
    'Haddad',
    'Costa',
    'Nguyen',
    'Walsh',
    'Bergström',
    'Ferreira',
    'Hoffmann',
    'Lindqvist',
    'Adeyemi',
    'Kaplan',
    'Byrne',
    'Sato',
    'Romano',
    'Dvořák',
    'Hughes',
    'Van der Berg'
] as const;

const CITIES = [
    'Bremen',
    'Lyon',
    'Porto',
    'Osaka',
    'Austin',
    'Denver',
    'Leeds',
    'Gdańsk',
    'Turin',
    'Malmö',
    'Québec',
    'Tromsø',
    'Utrecht',
    'Adelaide',
    'Nairobi',
    'Monterrey',
    'Pune',
    'Valencia',
    'Boise',
    'Ghent'
] as const;

const LEGAL = new Weighted<string>([
    ['', 30],
    [' Inc.', 14],
    [', Inc.', 10],
    [' LLC', 9],
    [' Ltd', 6],
    [' Corp.', 5],
    [' GmbH', 7],
    [' AG', 2],
    [' S.A.', 3],
    [' B.V.', 2],
    [' Pty Ltd', 2],
    [' plc', 2],
    [' S.r.l.', 1],
    [' AB', 1],
    [' Oy', 1],
    [' SAS', 2],
    [' K.K.', 1]
]);

type NamePattern =
    | 'brandIndustry'
    | 'brand'
    | 'wordIndustry'
    | 'partners'
    | 'firm'
    | 'surnameIndustry'
    | 'group'
    | 'acronym'
    | 'city'
    | 'quoted';

const PATTERNS = new Weighted<NamePattern>([
    ['brandIndustry', 26],
    ['brand', 12],
    ['wordIndustry', 18],
    ['partners', 7],
    ['firm', 3],
    ['surnameIndustry', 12],
    ['group', 5],
    ['acronym', 7],
    ['city', 8],
    ['quoted', 2]
]);

function brand(random: Random): string {
    const head = random.pick(BRAND_HEADS);
    const tail = random.pick(BRAND_TAILS);
    // "Stonestone" reads as a typo; take the next tail instead.
    if (head.toLowerCase() === tail) {
        return head + (BRAND_TAILS[(BRAND_TAILS.indexOf(tail) + 1) % BRAND_TAILS.length] ?? 'line');
    }
    return head + tail;
}

function acronym(random: Random): string {
    const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
    let out = '';
    const length = random.int(2, 4);
    for (let i = 0; i < length; i++) out += letters.charAt(random.int(0, letters.length - 1));
    return out;
}

/** A plausible company name; about one in eight needs CSV quoting. */
export function companyName(random: Random): string {
    switch (PATTERNS.sample(random)) {
        case 'brandIndustry':
            return `${brand(random)} ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
        case 'brand':
            return `${brand(random)}${LEGAL.sample(random)}`;
        case 'wordIndustry':
            return `${random.pick(WORDS)} ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
        case 'partners':
            return `${random.pick(SURNAMES)} & ${random.pick(SURNAMES)}${random.chance(0.5) ? ' LLP' : ` ${random.pick(INDUSTRIES)}`}`;
        case 'firm':
            // Law and accounting firms: "Walsh, Okafor & Chen" — commas inside the value.
            return `${random.pick(SURNAMES)}, ${random.pick(SURNAMES)} & ${random.pick(SURNAMES)}`;
        case 'surnameIndustry':
            return `${random.pick(SURNAMES)} ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
        case 'group':
            return `The ${random.pick(WORDS)} Group`;
        case 'acronym':
            return `${acronym(random)} ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
        case 'city':
            return `${random.pick(CITIES)} ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
        case 'quoted':
            // Trading names in quotes, as people type them: `Müller "Swiftgate" Freight GmbH`.
            return `${random.pick(SURNAMES)} "${brand(random)}" ${random.pick(INDUSTRIES)}${LEGAL.sample(random)}`;
    }
}

export const TEAMS = [
    'Pre-Sales',
    'Sales',
    'Customer Success',
    'Implementation',
    'Support',
    'Executive'
] as const;
export type Team = (typeof TEAMS)[number];

const PROMISES: Record<Team, readonly string[]> = {
    'Pre-Sales': [
        'Proof of concept with production data',
        'Security questionnaire answered, incl. pen-test summary',
        'Tailored demo for the "Operations" steering committee',
        'Reference architecture for the hybrid deployment'
    ],
    Sales: [
        'Price hold until end of quarter',
        'Quote with volume discount, valid 60 days',
        'Co-term all subscriptions to one renewal date',
        'Trial extension for the analytics add-on'
    ],
    'Customer Success': [
        'Quarterly business review',
        'Adoption plan for the "Insights" module',
        'Introduce an executive sponsor',
        'Health check and success plan\nShare the action list with the customer'
    ],
    Implementation: [
        'Go-live of phase 2',
        'SSO integration (SAML, Okta)',
        'Data migration from the legacy CRM',
        'Train the admins, two sessions'
    ],
    Support: [
        'Root-cause analysis of the outage',
        'Hotfix for export timeouts',
        'Credit note for the SLA breach',
        'Weekly status call until the "sync" defect is fixed'
    ],
    Executive: [
        'Roadmap briefing with the CPO',
        'Dedicated support engineer',
        'Price protection for three years',
        'Personal follow-up on the escalation, by the COO'
    ]
};

export function promiseDescription(random: Random, team: Team): string {
    return random.pick(PROMISES[team]);
}

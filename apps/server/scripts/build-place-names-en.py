#!/usr/bin/env python3
"""Builds assets/places-en.json: English names of regions and districts, keyed by KATO code.

Regions come from domain.md §9; districts from the ADM2_EN names of the geokz boundary file
(Rodionov, A. geokz, CC BY 4.0) in ../shared/data, matched on KATO, with the five post-2024
districts and two geokz code differences resolved by hand (shared/data/README.md, §3).
Run: python3 apps/server/scripts/build-place-names-en.py ../shared/data
"""
import csv, json, sys, pathlib

data = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')
out = pathlib.Path(__file__).resolve().parent.parent / 'assets' / 'places-en.json'

REGIONS = {
    '100000000': 'Abai Region', '110000000': 'Akmola Region', '150000000': 'Aktobe Region',
    '190000000': 'Almaty Region', '230000000': 'Atyrau Region', '270000000': 'West Kazakhstan Region',
    '310000000': 'Zhambyl Region', '330000000': 'Zhetysu Region', '350000000': 'Karaganda Region',
    '390000000': 'Kostanay Region', '430000000': 'Kyzylorda Region', '470000000': 'Mangystau Region',
    '550000000': 'Pavlodar Region', '590000000': 'North Kazakhstan Region', '610000000': 'Turkistan Region',
    '620000000': 'Ulytau Region', '630000000': 'East Kazakhstan Region', '710000000': 'Astana',
    '750000000': 'Almaty', '790000000': 'Shymkent',
}
# Districts created after the geokz snapshot, and geokz codes that differ from KATO.
BY_HAND = {
    '104100000': 'Zhanasemey', '615500000': 'Sauran', '622000000': 'Satpaev',
    '635500000': 'Markakol', '636300000': 'Ulken Naryn', '711610000': 'Saraishyk',
}
SKIP_GEOKZ = {'101010000', '622010000'}

kato = {row['te']: row for row in csv.DictReader(open(data / 'kato_2026-07-17.csv', encoding='utf-8'))}
names = dict(REGIONS)
geo = json.load(open(data / 'kz_adm2_2024_geokz.geojson', encoding='utf-8'))
short = dict(BY_HAND)
for feature in geo['features']:
    p = feature['properties']
    if p['KATO'] not in SKIP_GEOKZ:
        short[p['KATO']] = p['ADM2_EN']
for code, name in sorted(short.items()):
    row = kato[code]
    kind = 'City' if row['name_kaz'].endswith(('Қ.Ә.', 'қ.')) else 'District'
    names[code] = f'{name} {kind}'
json.dump(dict(sorted(names.items())), open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
open(out, 'a').write('\n')
print(f'{len(names)} names written to {out}')

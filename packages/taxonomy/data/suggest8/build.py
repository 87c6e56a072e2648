# Builds labelled8.jsonl from batches/b1.py..b4.py (notes 1-15, 16-30, 31-45, 46-60).
# Batches use short aliases for term ids; ALIAS expands them to the koers-v5-2024-09 ids.
import json, glob, importlib.util
from collections import Counter
ALIAS = {
 'M1':'ks5-missie-1','M1a':'ks5-missie-1a','M1b':'ks5-missie-1b','M1c':'ks5-missie-1c','M1d':'ks5-missie-1d',
 'M2':'ks5-missie-2','M3':'ks5-missie-3','M4':'ks5-missie-4','M5':'ks5-missie-5','M6':'ks5-missie-6','M7':'ks5-missie-7',
 'lef':'kernwaarde-lef','prag':'kernwaarde-pragmatisch','samen':'kernwaarde-samen',
 'zorg':'waarde-zorgzaamheid','comp':'waarde-compassie','recht':'waarde-rechtvaardigheid',
 'mede':'waarde-medemenselijkheid','fats':'waarde-fatsoen',
 'buurt':'opdracht-buurten-wijken','hulp':'opdracht-hulp-inwoners','partner':'opdracht-samenwerkingspartner',
 'strat':'opdracht-strategische-partner',
 'jeugd':'beweging-jeugd-naar-0-100','kracht':'beweging-problemen-naar-krachten',
 'collectief':'beweging-individu-naar-collectief','netwerken':'beweging-ketens-naar-netwerken',
 'armoede':'opgave-armoede','woning':'opgave-woningnood','eenzaam':'opgave-eenzaamheid','bureau':'opgave-bureaucratie',
 'prestatie':'opgave-prestatiedruk','veilig':'opgave-veiligheid','rechtsb':'opgave-rechtsbescherming',
 'basis':'opgave-sociale-basis','digi':'opgave-digitalisering',
 'steun':'rol-steunpilaar','bron':'rol-brononderzoeker','netwerker':'rol-netwerker','spel':'rol-spelverdeler',
 'bemid':'rol-bemiddelaar','tolk':'rol-tolk-vertaler','kritisch':'rol-kritische-vriend','hoeder':'rol-hoeder-transformatie',
 'ontm':'les-ontmoeting','rolvast':'les-rolvastheid','veranderen':'les-laten-veranderen','baas':'les-niemand-de-baas',
}
def load(f):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m
notes = []
for f in sorted(glob.glob('/work/suggest-eval8/batches/b*.py')):
    notes.extend(load(f).N)
with open('/work/suggest-eval8/labelled8.jsonl', 'w') as out:
    for i, n in enumerate(notes, 1):
        o = {'id': f's-{i:03d}', 'text': ' '.join(n['text'].split()),
             'terms': [ALIAS[t] for t in n['terms']], 'wrong': [ALIAS[t] for t in n['wrong']], 'why': n['why']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
words = [len(n['text'].split()) for n in notes]
print(len(notes), 'notes; words min/max/mean:', min(words), max(words), round(sum(words)/len(words), 1))
print('short (<70):', [i for i, w in enumerate(words, 1) if w < 70], 'long (>160):', [i for i, w in enumerate(words, 1) if w > 160])
c = Counter(t for n in notes for t in n['terms']); w = Counter(t for n in notes for t in n['wrong'])
print('terms per note:', Counter(len(n['terms']) for n in notes), 'wrong per note:', Counter(len(n['wrong']) for n in notes))
print('unused aliases:', [a for a in ALIAS if a not in c])
print('terms:', sorted(c.items(), key=lambda x: -x[1]))
print('wrong:', sorted(w.items(), key=lambda x: -x[1]))

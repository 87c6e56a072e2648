# Scores `pnpm deid detect` output against an annotated set the way the issue judges it: a gold span
# is found when any detection overlaps it, typed when an overlapping detection has its label.
#   pnpm deid detect < SET.jsonl > DETECTED.jsonl && python3 packages/deid/scripts/score-overlap.py SET.jsonl DETECTED.jsonl
import json,sys
gold=[json.loads(l) for l in open(sys.argv[1])]
det={}
for l in open(sys.argv[2]):
    o=json.loads(l); det[o['id']]=o.get('spans',[])
S=['BSN','IBAN','PHONE','EMAIL','POSTCODE','ADDRESS']
n=found=typed=0; pn=ptrue=0; sn=sf=0
for g in gold:
    d=det.get(g['id'],[])
    for s in g['spans']:
        n+=1
        ov=[x for x in d if x['start']<s['end'] and s['start']<x['end']]
        if ov: found+=1
        if any(x['label']==s['label'] for x in ov): typed+=1
        if s['label'] in S:
            sn+=1; sf+= bool(ov)
    for x in d:
        pn+=1
        if any(x['start']<s['end'] and s['start']<x['end'] for s in g['spans']): ptrue+=1
print(f"overlap: found (any label) {found/n:.3f}  typed {typed/n:.3f}  precision {ptrue/pn:.3f}  structured found {sf}/{sn} = {sf/sn:.3f}  ({n} spans, {pn} detections)")

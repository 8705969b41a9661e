import importlib.util, sys, collections
spec = importlib.util.spec_from_file_location("clean_test23_make", "eval/clean_test23/make.py")
m = importlib.util.module_from_spec(spec); sys.modules[spec.name]=m; spec.loader.exec_module(m)
ps = m.pages("/work/shared/data/vietnews_train.jsonl.gz")
bad=0; faults=collections.Counter()
for i,p in enumerate(ps):
    lines=p.text.split("\n")
    assert all(l and l==l.strip() for l in lines)
    fl={l for _,l in p.furniture}
    assert all(l in lines for l in fl)
    bodyset=set(p.body)
    assert not (bodyset & fl), (i, bodyset & fl)
    unl=0; bi=0
    for l in lines:
        if l in fl: continue
        # body line: consecutive body items
        j=bi; acc=[]
        while j < len(p.body) and l.startswith(" ".join(acc+[p.body[j]])):
            acc.append(p.body[j]); j+=1
            if " ".join(acc)==l: break
        if acc and " ".join(acc)==l: bi=j; continue
        unl+=1
    assert bi==len(p.body), i
    assert unl<=3,(i,unl)
    t=p.text
    if "\u00a0" in t: faults['nbsp']+=1
    if "\u200b" in t or "\ufeff" in t or "\u200c" in t: faults['zw']+=1
    if "  " in t: faults['double']+=1
    import unicodedata
    if unicodedata.normalize("NFC",t)!=t: faults['nfd']+=1
print("ok", len(ps), faults)

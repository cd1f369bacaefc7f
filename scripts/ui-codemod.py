#!/usr/bin/env python3
# One-off codemod used for issue 12 (docs/decisions/0005): turns the old BEM classes and the common
# inline style objects of a page into components/ui components and Tailwind utilities.
# Usage: python3 scripts/ui-codemod.py app/some/page.tsx ...  (then: npx tsc --noEmit -p . and eslint).
# It prints the style objects it does not know; fix those by hand. Delete this file once no branch
# with old-style pages is left to merge.
import re, sys, os, glob

STYLE_MAP = {
 ('whiteSpace','"pre-line"'):'whitespace-pre-line',
 ('marginTop','0'):'mt-0', ('marginTop','"1.5rem"'):'mt-6', ('marginTop','"1rem"'):'mt-4', ('marginTop','"2rem"'):'mt-8', ('marginTop','"0.25rem"'):'mt-1',
 ('marginBottom','"1rem"'):'mb-4', ('marginBottom','"1.5rem"'):'mb-6', ('marginBottom','0'):'mb-0', ('marginBottom','"0.75rem"'):'mb-3', ('marginBottom','"0.5rem"'):'mb-2', ('marginBottom','"0.25rem"'):'mb-1',
 ('listStyle','"none"'):'list-none', ('listStyle','"disc"'):'list-disc', ('listStyle','"decimal"'):'list-decimal',
 ('padding','0'):'p-0', ('paddingLeft','0'):'pl-0', ('paddingLeft','"1.5rem"'):'pl-6', ('paddingLeft','"1.2rem"'):'pl-[1.2rem]', ('paddingLeft','"0.8rem"'):'pl-[0.8rem]',
 ('padding','"0.75rem 1rem"'):'px-4 py-3', ('padding','"0.2rem 0.7rem"'):'px-[0.7rem] py-[0.2rem]', ('padding','"0.4rem 0"'):'py-[0.4rem]',
 ('fontSize','"1.2rem"'):'text-[1.2rem]', ('fontSize','"1.25rem"'):'text-xl', ('fontSize','"1.15rem"'):'text-[1.15rem]', ('fontSize','"1.1rem"'):'text-[1.1rem]', ('fontSize','"1.05rem"'):'text-[1.05rem]',
 ('margin','0'):'m-0', ('margin','"1.5rem 0"'):'my-6', ('margin','"0.3rem 0 0"'):'m-0 mt-[0.3rem]', ('margin','"0 0 0.75rem"'):'m-0 mb-3', ('margin','"0 0 0.4rem"'):'m-0 mb-[0.4rem]',
 ('margin','"0 0 0.5rem"'):'m-0 mb-2', ('margin','"1rem 0"'):'my-4', ('margin','"0.5rem 0 0"'):'m-0 mt-2', ('margin','"0 0 1rem"'):'m-0 mb-4',
 ('fontWeight','700'):'font-bold', ('fontWeight','400'):'font-normal',
 ('width','"14rem"'):'w-56', ('width','"16rem"'):'w-64',
 ('display','"grid"'):'grid', ('display','"flex"'):'flex', ('display','"block"'):'block',
 ('gap','"0.75rem"'):'gap-3', ('gap','"1rem"'):'gap-4', ('gap','"0 1rem"'):'gap-x-4', ('gap','"0 1.5rem"'):'gap-x-6', ('gap','"0.25rem 1rem"'):'gap-x-4 gap-y-1',
 ('textAlign','"left"'):'text-left',
 ('columns','2'):'columns-2', ('columns','"2 14rem"'):'columns-[2_14rem]',
 ('maxWidth','"44rem"'):'max-w-[44rem]', ('maxWidth','"36rem"'):'max-w-xl', ('maxWidth','"28rem"'):'max-w-md',
 ('gridTemplateColumns','"repeat(auto-fill, minmax(12rem, 1fr))"'):'grid-cols-[repeat(auto-fill,minmax(12rem,1fr))]',
 ('gridTemplateColumns','"minmax(10rem, 16rem) 1fr"'):'grid-cols-[minmax(10rem,16rem)_1fr]',
 ('wordBreak','"break-all"'):'break-all',
 ('justifyContent','"space-between"'):'justify-between', ('alignItems','"baseline"'):'items-baseline', ('flexWrap','"wrap"'):'flex-wrap',
 ('borderBottom','"1px solid var(--color-line)"'):'border-b border-line',
 ('borderLeft','"4px solid var(--color-brand)"'):'border-l-4 border-brand',
 ('background','"transparent"'):'bg-transparent',
}

TOKEN_MAP = {
 'lead':'text-xl', 'muted':'text-muted',
 'prose':'[&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6',
 'actions':'my-5 flex flex-wrap items-center gap-3',
 'card-grid':'m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0',
 'num':'tabular-nums sm:text-right',
 'field':'mb-5', 'field__label':'mb-1 block font-bold', 'field__hint':'mb-1.5 text-muted', 'field__error':'mb-1.5 font-bold text-error',
 'field__optional':'font-normal text-muted', 'choices':'grid gap-1.5',
 'choice':'grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand',
 'choice__hint':'col-start-2 m-0 text-muted',
 'detail-grid':'grid grid-cols-[minmax(0,1fr)] gap-6 min-[55rem]:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]',
 'map-frame':'h-[32rem] border border-line',
 'filters':'flex flex-wrap items-end gap-x-6',
 'report':'[&>summary]:cursor-pointer [&>summary]:text-link [&>summary]:underline',
 'contact-box':'my-3 rounded-lg border-2 border-ok px-4 py-3',
 'checklist-item':'border-t border-line-soft pt-3',
 'thread':'m-0 mb-4 grid list-none gap-3 p-0', 'thread__meta':'m-0 mb-1 text-[0.9rem] text-muted',
 'te-laat':'inline-block rounded-md border border-accent px-1.5 text-[0.9rem] text-accent-strong',
 'legend':'flex flex-wrap gap-5 text-[0.9rem]', 'legend__swatch':'mr-1.5 inline-block h-3 w-4 align-middle',
 'bars':'my-2 mb-4 grid gap-2', 'bars__row':'grid grid-cols-[minmax(8rem,12rem)_1fr] items-center gap-3', 'bars__track':'grid gap-0.5',
 'bars__bar':'h-[0.9rem] min-w-px', 'bars__bar--gevraagd':'bg-[#9fb7d3]', 'bars__bar--toegekend':'bg-brand', 'bars__value':'text-[0.85rem] text-muted',
 'kaart-filters':'my-4 mb-6', 'kaart-filters__titel':'mt-0 text-xl', 'kaart-filters__grid':'grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-5',
 'kaart-filters__input':'w-full', 'kaart-sub':'text-base font-normal',
 'kaart-overslaan':'absolute -left-[999rem] focus:static focus:mb-2 focus:inline-block focus:bg-focus focus:px-3 focus:py-1.5 focus:text-black',
 'kaart-lijst':'m-0 list-none p-0', 'kaart-item':'grid grid-cols-[2rem_1fr] gap-3 border-b border-line py-[0.9rem]',
 'kaart-item__titel':'m-0 mb-1 text-[1.15rem]', 'kaart-item__meta':'m-0 mb-1.5 text-muted', 'kaart-item__adres':'m-0 mb-1.5 text-muted',
 'kaart-item__tekst':'m-0 mb-1.5', 'kaart-item__feiten':'m-0 flex list-none flex-wrap p-0',
 'honeypot':'absolute -left-[9999px] h-px w-px overflow-hidden', 'inline-form':'mr-2 mb-2 inline-block',
 'container-page':'mx-auto max-w-6xl px-4',
 'error-summary__title':'mt-0 text-[1.3rem]',
}
INPUT_W = {'input--s':'w-32','input--m':'w-80','input--l':'w-xl'}
INPUT_BASE='block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base'

report = []

def parse_style(obj):
    # obj: inside of {{ ... }} e.g. ' marginTop: 0, fontSize: "1.2rem" '
    parts = [p.strip() for p in re.split(r',(?![^()]*\))', obj.strip()) if p.strip()]
    out=[]
    for p in parts:
        m = re.match(r'(\w+):\s*(.+)$', p)
        if not m: return None
        k,v = m.group(1), m.group(2).strip()
        if (k,v) == ('overflowX','"auto"'): out.append('__DROP__'); continue
        c = STYLE_MAP.get((k,v))
        if c is None: return None
        out.append(c)
    return out

def find_tag_end(s, i):
    # s[i] == '<'; return index of closing '>' of this opening tag, and whether self-closing
    depth=0; j=i+1; q=None
    while j < len(s):
        ch=s[j]
        if q:
            if ch==q: q=None
        elif ch in '"\'`' and depth>0: q=ch
        elif ch=='"' and depth==0: q=ch
        elif ch=='{': depth+=1
        elif ch=='}': depth-=1
        elif ch=='>' and depth==0:
            return j, s[j-1]=='/'
        j+=1
    return -1, False

def find_close(s, tagname, start):
    # find matching </tagname> after start, counting nested <tagname
    depth=1; j=start
    pat = re.compile(r'<(/?)'+re.escape(tagname)+r'(?=[\s>/])')
    while True:
        m = pat.search(s, j)
        if not m: return -1
        if m.group(1)=='/':
            depth-=1
            if depth==0: return m.start()
            j=m.end()
        else:
            end, sc = find_tag_end(s, m.start())
            if not sc: depth+=1
            j=end+1

COMPONENT_TOKENS = {'notice','table','facts','card','status','tag'}
imports_needed = set()

def convert_classes(tokens, tag):
    """return (component, props, newtokens_list_of_strings, expr_parts)"""
    comp=None; props=[]; out=[]; exprs=[]
    toks=list(tokens)
    if 'notice' in toks:
        comp='Alert'; t='info'
        if 'notice--success' in toks: t='ok'
        if 'notice--warning' in toks: t='warning'
        if t!='info': props.append(f'type="{t}"')
        toks=[x for x in toks if not x.startswith('notice')]
    elif 'table' in toks and tag=='table':
        comp='Table'; toks=[x for x in toks if x!='table']
    elif 'facts' in toks and tag=='dl':
        comp='DataList'; toks=[x for x in toks if x!='facts']
    elif 'card' in toks:
        comp='Card'
        if tag!='div': props.append(f'as="{tag}"')
        toks=[x for x in toks if x!='card']
    elif 'status' in toks and tag=='span':
        comp='StatusBadge'; toks=[x for x in toks if x!='status']
    elif 'tag' in toks and tag=='span':
        comp='DataBadge'; toks=[x for x in toks if x!='tag']
    if 'button' in toks:
        v='primary'
        for x in toks:
            if x.startswith('button--'): v=x[8:]
        toks=[x for x in toks if x!='button' and not x.startswith('button--')]
        exprs.append(f'buttonClass("{v}")'); imports_needed.add(('buttonClass','@/components/ui/classes'))
    if 'input' in toks:
        w=[INPUT_W[x] for x in toks if x in INPUT_W]
        toks=[x for x in toks if x!='input' and x not in INPUT_W]
        out.append(INPUT_BASE+' '+(w[0] if w else 'w-xl'))
    for x in toks:
        if x in TOKEN_MAP: out.append(TOKEN_MAP[x])
        else: out.append(x)
    return comp, props, out, exprs

def process(path):
    s=open(path).read(); orig=s
    imports_needed.clear()
    comps_used=set()
    i=0; res=[]
    # iterate over opening tags
    pos=0
    out=''
    tag_re=re.compile(r'<([A-Za-z][\w.]*)(?=[\s>/])')
    pending_closes={}  # position of close tag -> replacement
    while True:
        m=tag_re.search(s,pos)
        if not m:
            out+=apply_closes(s[pos:], pos, pending_closes); break
        start=m.start(); tag=m.group(1)
        end, sc = find_tag_end(s, start)
        if end<0:
            out+=s[pos:]; break
        opening=s[start:end+1]
        new=opening
        # style
        sm=re.search(r'\sstyle=\{\{(.*?)\}\}', opening, re.S)
        style_classes=[]
        drop=False
        if sm:
            parsed=parse_style(sm.group(1))
            if parsed is None:
                report.append(f'{path}: unknown style {sm.group(0).strip()}')
            else:
                if '__DROP__' in parsed: drop=True; parsed=[x for x in parsed if x!='__DROP__']
                style_classes=parsed
                new=new.replace(sm.group(0),'',1)
        cm=re.search(r'\sclassName="([^"]*)"', new)
        comp=None; props=[]; exprs=[]
        if cm:
            comp, props, toks, exprs = convert_classes(cm.group(1).split(), tag)
            toks=toks+style_classes
        else:
            toks=style_classes
        seen=[]
        for t in ' '.join(toks).split():
            if t not in seen: seen.append(t)
        cls=' '.join(seen)
        if exprs or cm or style_classes:
            if exprs:
                inner=' '.join('${'+e+'}' for e in exprs)
                val='{`'+inner+(' '+cls if cls else '')+'`}' if cls or len(exprs)>1 else '{'+exprs[0]+'}'
                attr=f' className={val}'
            elif cls:
                attr=f' className="{cls}"'
            else:
                attr=''
            if cm: new=new.replace(cm.group(0), attr, 1)
            elif attr:
                # insert after tag name
                new=new[:len(tag)+1]+attr+new[len(tag)+1:]
        if comp:
            comps_used.add(comp)
            new='<'+comp+(' '+' '.join(props) if props else '')+new[len(tag)+1:]
            if not sc:
                close=find_close(s, tag, end+1)
                if close<0: report.append(f'{path}: no close for {tag}')
                else: pending_closes[close]=(tag,comp)
        if drop and not cls and not exprs and tag=='div' and new.strip()=='<div>':
            pass
        # apply pending close replacements in text between pos and start
        seg=s[pos:start]
        out+=apply_closes(seg, pos, pending_closes)
        out+=new
        pos=end+1
    s=out
    # closes after last tag handled in loop since all text goes through apply_closes? last segment:
    return s, comps_used

def apply_closes(seg, base, pending):
    # replace closing tags whose absolute positions fall in [base, base+len(seg))
    keys=sorted(k for k in pending if base<=k<base+len(seg))
    if not keys: return seg
    res=''; last=0
    for k in keys:
        tag,comp=pending.pop(k)
        rel=k-base
        res+=seg[last:rel]+'</'+comp
        last=rel+2+len(tag)
    return res+seg[last:]

COMP_IMPORT={'Alert':'@/components/ui/alert','Table':'@/components/ui/table','DataList':'@/components/ui/data-list','Card':'@/components/ui/card','StatusBadge':'@/components/ui/badge','DataBadge':'@/components/ui/badge'}

def add_imports(s, names):
    bymod={}
    for n,mod in names: bymod.setdefault(mod,set()).add(n)
    lines=s.split('\n')
    # insert after last import line
    last=0
    for idx,l in enumerate(lines):
        if l.startswith('import ') or (l.startswith('} from') ): last=idx
    add=[f'import {{ {", ".join(sorted(v))} }} from "{k}";' for k,v in sorted(bymod.items())]
    lines[last+1:last+1]=add
    return '\n'.join(lines)

files=sys.argv[1:]
for f in files:
    s,comps=process(f)
    names=set(imports_needed)|{(c,COMP_IMPORT[c]) for c in comps}
    if names: s=add_imports(s,names)
    if s!=open(f).read():
        open(f,'w').write(s)
        print('changed',f)
print('\n'.join(report))

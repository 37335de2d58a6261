#!/usr/bin/env python3
# The top of a JFR CPU profile, by the first frame of a package (default: ours) and by top package.
# Usage: jfr print --events jdk.ExecutionSample --stack-depth 100 rec.jfr | bench/jfr-top.py [package-prefix]
import sys,re,collections

pat = sys.argv[1] if len(sys.argv)>1 else 'org.idlibchronicle'
depth = int(sys.argv[2]) if len(sys.argv)>2 else 1
top=collections.Counter(); ours=collections.Counter(); pk=collections.Counter()
stack=[]; n=0
def flush():
    global n
    if not stack: return
    n+=1
    top[stack[0]]+=1
    f=[s for s in stack if s.startswith(pat)]
    key=' < '.join(f[:depth]) if f else '(none)'
    ours[key]+=1
    p='.'.join(stack[0].split('(')[0].split('.')[:3]); pk[p]+=1
for line in sys.stdin:
    line=line.strip()
    if line.startswith('jdk.ExecutionSample'):
        flush(); stack=[]
    m=re.match(r'^([\w$.<>]+\(.*?\))\s+line:',line)
    if m: stack.append(m.group(1))
flush()
print('samples',n)
print('--- by first',pat,'frame');
for k,v in ours.most_common(35): print(v,k)
print('--- by top package');
for k,v in pk.most_common(15): print(v,k)

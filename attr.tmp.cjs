const fs=require('fs'),path=require('path');const {SourceMapConsumer}=require('source-map-js');const zlib=require('zlib');
const file=process.argv[2];const code=fs.readFileSync(file,'utf8');const map=new SourceMapConsumer(JSON.parse(fs.readFileSync(file+'.map','utf8')));
const lines=code.split('\n');const bytes={};
map.eachMapping(m=>{},null);
// attribute each char by the nearest preceding mapping
let cur='?';const mappings=[];map.eachMapping(m=>mappings.push(m));
mappings.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
let mi=0;
for(let l=0;l<lines.length;l++){const line=lines[l];let start=0;
 while(mi<mappings.length&&mappings[mi].generatedLine===l+1){const m=mappings[mi];const seg=line.slice(start,m.generatedColumn);bytes[cur]=(bytes[cur]||0)+seg.length;start=m.generatedColumn;cur=m.source||'?';mi++;}
 bytes[cur]=(bytes[cur]||0)+line.length-start+1;}
const agg={};for(const[k,v]of Object.entries(bytes)){let key=k.replace(/.*node_modules\//,'nm:').replace(/.*\/src\//,'src:');if(key.startsWith('nm:')){const p=key.slice(3).split('/');key='nm:'+(p[0].startsWith('@')?p[0]+'/'+p[1]:p[0]);}agg[key]=(agg[key]||0)+v;}
Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,+process.argv[3]||40).forEach(([k,v])=>console.log(String(v).padStart(8),k));

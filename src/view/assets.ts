/**
 * The view's only style and script, inlined into each page and allowed by their CSP hashes.
 * The scripts never write HTML: they only toggle classes and set textContent.
 */

export const SOURCING_COLOURS = { named: '#2e7d32', official: '#1565c0', anonymous: '#c62828', unknown: '#757575' } as const;

export const ARTICLE_STYLE = `
:root{--named:${SOURCING_COLOURS.named};--official:${SOURCING_COLOURS.official};--anonymous:${SOURCING_COLOURS.anonymous};--unknown:${SOURCING_COLOURS.unknown};--person:#6a1b9a;--org:#00838f;--place:#8d6e00;--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#fafafa}
header{padding:14px 24px 8px;background:#fff;border-bottom:1px solid var(--line)}
header h1{margin:0 0 2px;font-size:20px;line-height:1.3}
header .meta{color:var(--muted);font-size:13px}
header a{color:var(--official)}
.summary{display:flex;flex-wrap:wrap;gap:8px 22px;align-items:center;padding:10px 24px;background:#fff;border-bottom:1px solid var(--line);font-size:13px}
.summary .bar{display:block}
.summary .stat b{font-size:16px}
.summary .warn{color:var(--anonymous);font-weight:600}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;padding:16px 24px;max-width:1280px}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
article{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 22px;font:17px/1.7 Georgia,"DejaVu Serif",serif}
article p{margin:12px 0;white-space:pre-wrap}
aside{font-size:13px}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:14px 0 6px}
.q{border-radius:2px;cursor:pointer;padding:1px 0}
.q-named{background:#e3f1e4;box-shadow:inset 0 -2px 0 var(--named)}
.q-official{background:#e3ecf8;box-shadow:inset 0 -2px 0 var(--official)}
.q-anonymous{background:#fbe4e4;box-shadow:inset 0 -2px 0 var(--anonymous)}
.q-unknown{background:#eeeeee;box-shadow:inset 0 -2px 0 var(--unknown)}
.q:focus{outline:none}
.q.same-source{background:#fff3c4}
.q.selected{background:#ffe082;box-shadow:inset 0 -3px 0 var(--ink)}
.spk.active{outline:2px solid var(--ink);outline-offset:1px;border-radius:2px;background:#fff}
.cue.active{font-weight:700;text-decoration:underline wavy var(--ink)}
.ent{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px}
.ent-PERSON{text-decoration-color:var(--person)}
.ent-ORG{text-decoration-color:var(--org)}
.ent-PLACE{text-decoration-color:var(--place)}
.ent.same-entity{background:#ede7f6}
.tmx,.qty{border-bottom:1px dotted var(--muted);cursor:help}
.tmx{color:#4e342e}
.qty{color:#37474f}
#card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 12px;min-height:64px}
#card .hint{color:var(--muted)}
#card h3{margin:0 0 4px;font-size:15px}
#card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0 0}
#card dt{color:var(--muted)}
#card dd{margin:0;overflow-wrap:anywhere}
#card .quote-text{font-family:Georgia,"DejaVu Serif",serif;margin:6px 0;padding-left:8px;border-left:3px solid var(--line)}
.badge{display:inline-block;padding:0 6px;border-radius:9px;color:#fff;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;vertical-align:1px}
.b-named{background:var(--named)}.b-official{background:var(--official)}.b-anonymous{background:var(--anonymous)}.b-unknown{background:var(--unknown)}
.roster{list-style:none;margin:0;padding:0}
.roster li{background:#fff;border:1px solid var(--line);border-left-width:4px;border-radius:4px;padding:5px 8px;margin:0 0 5px;cursor:pointer}
.roster li.s-named{border-left-color:var(--named)}.roster li.s-official{border-left-color:var(--official)}.roster li.s-anonymous{border-left-color:var(--anonymous)}.roster li.s-unknown{border-left-color:var(--unknown)}
.roster li.selected{background:#fff8e1;border-color:#f9a825}
.roster .count{float:right;color:var(--muted)}
.roster .sub{color:var(--muted);font-size:12px}
.legend{color:var(--muted);line-height:2}
.legend span{margin-right:6px}
.empty{color:var(--muted);font-style:italic}
`;

export const ARTICLE_SCRIPT = `(function(){
"use strict";
var data=JSON.parse(document.getElementById("presslens-data").textContent);
var quotes={},sources={},entities={};
data.quotes.forEach(function(q){quotes[q.id]=q;});
data.sources.forEach(function(s){sources[s.id]=s;});
data.entities.forEach(function(e){entities[e.id]=e;});
var card=document.getElementById("card");
function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
function attr(name,value){return "["+name+"=\\""+(window.CSS&&CSS.escape?CSS.escape(value):value)+"\\"]";}
function clear(){
  all(".selected,.same-source,.active,.same-entity").forEach(function(el){el.classList.remove("selected","same-source","active","same-entity");});
}
function el(tag,text,cls){var e=document.createElement(tag);if(text!=null)e.textContent=text;if(cls)e.className=cls;return e;}
function row(dl,label,value){if(value===null||value===undefined||value==="")return;dl.appendChild(el("dt",label));dl.appendChild(el("dd",String(value)));}
function showCard(source,quote){
  card.textContent="";
  if(quote){
    card.appendChild(el("div",quote.kind+" quote","hint"));
    card.appendChild(el("div","\\u201c"+quote.text+"\\u201d","quote-text"));
  }
  var h=el("h3",source?source.name:"No resolved source");
  card.appendChild(h);
  var sourcing=source?source.sourcing:"unknown";
  var b=el("span",sourcing,"badge b-"+sourcing);
  card.appendChild(b);
  card.setAttribute("data-card-source-id",source?source.id:"");
  var dl=el("dl");
  if(quote){
    row(dl,"speaker",quote.speaker?quote.speaker.text:"\\u2014");
    row(dl,"cue",quote.cue?quote.cue.text:"\\u2014");
    row(dl,"confidence",quote.confidence.toFixed(2));
    row(dl,"quote rule",quote.rule);
  }
  if(source){
    row(dl,"kind",source.kind);
    row(dl,"role",source.role);
    row(dl,"affiliation",source.affiliation);
    row(dl,"description",source.description);
    if(source.sourcing==="anonymous")row(dl,"anonymity reason",source.anonymityReason||"none stated in the article");
    else row(dl,"anonymity reason",source.anonymityReason);
    if(source.noComment)row(dl,"no comment","declined or did not respond");
    if(source.entityId&&entities[source.entityId])row(dl,"entity",entities[source.entityId].name);
    row(dl,"quotes",source.quoteIds.length);
    row(dl,"source rule",source.rule);
  }
  card.appendChild(dl);
}
function markSource(source,exceptQuote){
  if(!source)return;
  source.quoteIds.forEach(function(id){
    if(id===exceptQuote)return;
    all(attr("data-quote-id",id)).forEach(function(e){e.classList.add("same-source");});
  });
  all(".roster "+attr("data-source-id",source.id)).forEach(function(e){e.classList.add("selected");});
}
function selectQuote(id){
  var q=quotes[id];if(!q)return;
  clear();
  all(attr("data-quote-id",id)).forEach(function(e){e.classList.add("selected");});
  all(attr("data-speaker-of",id)+","+attr("data-cue-of",id)).forEach(function(e){e.classList.add("active");});
  var s=q.sourceId?sources[q.sourceId]:null;
  markSource(s,id);
  showCard(s,q);
}
function selectSource(id){
  var s=sources[id];if(!s)return;
  clear();
  markSource(s,null);
  showCard(s,null);
  var first=s.quoteIds.length?document.querySelector(attr("data-quote-id",s.quoteIds[0])):null;
  if(first&&first.scrollIntoView)first.scrollIntoView({block:"center"});
}
function onActivate(target){
  var q=target.closest("[data-quote-id]");
  var r=target.closest(".roster [data-source-id]");
  var e=target.closest("[data-entity-id]");
  if(r){selectSource(r.getAttribute("data-source-id"));return;}
  if(q)selectQuote(q.getAttribute("data-quote-id"));
  else if(e)clear();
  if(e)all(attr("data-entity-id",e.getAttribute("data-entity-id"))).forEach(function(x){x.classList.add("same-entity");});
}
document.addEventListener("click",function(ev){if(ev.target instanceof Element)onActivate(ev.target);});
document.addEventListener("keydown",function(ev){
  if((ev.key==="Enter"||ev.key===" ")&&ev.target instanceof Element&&ev.target.closest("[data-quote-id],.roster [data-source-id]")){ev.preventDefault();onActivate(ev.target);}
  if(ev.key==="Escape")clear();
});
if(location.hash.indexOf("#quote=")===0)selectQuote(decodeURIComponent(location.hash.slice(7)));
})();`;

export const INDEX_STYLE = `
:root{--anonymous:${SOURCING_COLOURS.anonymous};--muted:#5f6368;--line:#dadce0}
body{margin:0;padding:16px 24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1f;background:#fafafa}
h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);font-size:13px;margin-bottom:12px}
table{border-collapse:collapse;background:#fff;border:1px solid var(--line);min-width:720px}
th,td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#f1f3f4;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \\25B2";font-size:10px}
th[aria-sort=descending]::after{content:" \\25BC";font-size:10px}
td.date{white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.err{color:var(--anonymous);max-width:420px;overflow-wrap:anywhere}
tr.failed td{background:#fff5f5}
a{color:#1565c0}
figure{margin:16px 0}
figcaption{color:var(--muted);font-size:13px;margin-bottom:4px}
svg text{font:11px system-ui,"DejaVu Sans",sans-serif;fill:#1d1d1f}
`;

export const INDEX_SCRIPT = `(function(){
"use strict";
var table=document.getElementById("articles");if(!table)return;
var body=table.tBodies[0];
var heads=Array.prototype.slice.call(table.tHead.rows[0].cells);
function key(row,i){var c=row.cells[i];var v=c.getAttribute("data-sort");if(v===null)v=c.textContent||"";var n=parseFloat(v);return c.classList.contains("num")?(isNaN(n)?-1:n):v.toLowerCase();}
heads.forEach(function(th,i){
  th.tabIndex=0;
  function sort(){
    var dir=th.getAttribute("aria-sort")==="ascending"?"descending":"ascending";
    heads.forEach(function(h){h.removeAttribute("aria-sort");});
    th.setAttribute("aria-sort",dir);
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=key(a,i),y=key(b,i);var r=x<y?-1:x>y?1:0;return dir==="ascending"?r:-r;});
    rows.forEach(function(r){body.appendChild(r);});
  }
  th.addEventListener("click",sort);
  th.addEventListener("keydown",function(ev){if(ev.key==="Enter"||ev.key===" "){ev.preventDefault();sort();}});
});
})();`;

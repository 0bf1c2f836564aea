/**
 * Generated hostile pages for e2e/hostile.spec.ts: a short trade-negotiation article (written for
 * this test) embedded in pages built from a seeded PRNG, so a failing page is rebuilt exactly from
 * its seed (`PARLEY_FUZZ_SEED=<n>`). The heavy parts (5,000 nesting levels, 100,000 nodes, a 5 MB
 * text node) are built by the page's own inline script during parsing, from the same seed: the HTML
 * stays small, and the page is complete and static by DOMContentLoaded, before Parley's content
 * script (document_idle) starts. Page-side bookkeeping lives on `window.__hostile` (see
 * `PRISTINE_INIT`), taken before any page script can override a built-in.
 */
import { mulberry32 } from '../src/core/prng';

/** One kind of hostility; a page combines one or more. */
export type Hostility =
  | 'deep-nesting'
  | 'many-nodes'
  | 'huge-text'
  | 'shadow-dom'
  | 'iframes'
  | 'prototype-overrides'
  | 'throwing-handlers'
  | 'own-highlights'
  | 'rtl';

export const ALL_HOSTILITIES: readonly Hostility[] = [
  'deep-nesting',
  'many-nodes',
  'huge-text',
  'shadow-dom',
  'iframes',
  'prototype-overrides',
  'throwing-handlers',
  'own-highlights',
  'rtl',
];

export interface HostilePage {
  name: string;
  seed: number;
  url: string;
  html: string;
  features: readonly Hostility[];
}

/** Sizes of the heavy features (the full sizes the issue asks for, smaller for random mixes). */
export interface Sizes {
  depth: number;
  nodes: number;
  textBytes: number;
}

/** Levels of the deep chain that are laid out (see 'deep-nesting'). */
const RENDERED_DEPTH = 300;

export const FULL_SIZES: Sizes = { depth: 5_000, nodes: 100_000, textBytes: 5 * 1024 * 1024 };

/** The same PRNG (src/core/prng.ts) as page source (plain ES5-ish, no helpers a bundler could rename). */
const PAGE_PRNG = `function mulberry32(seed){var a=seed>>>0;return function(){a=(a+0x6d2b79f5)>>>0;var t=a;t=Math.imul(t^(t>>>15),t|1);t^=t+Math.imul(t^(t>>>7),t|61);return((t^(t>>>14))>>>0)/4294967296;};}`;

/**
 * Runs before every page script (Playwright `addInitScript`): keeps the built-ins the test itself
 * needs, so a page that overrides them cannot blind the checks, and starts a MutationObserver that
 * records every DOM change after DOMContentLoaded (pages here are static by then, so any record is
 * somebody else's: Parley must write nothing). Records the body text and the open shadow roots'
 * text at DOMContentLoaded, and every `securitypolicyviolation` the page could observe.
 */
export const PRISTINE_INIT = `(() => {
  if (window.__hostile) return;
  const textOf = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').get;
  const MO = window.MutationObserver;
  const h = (window.__hostile = {
    armed: false,
    textOf: (n) => textOf.call(n),
    before: null,
    shadowBefore: null,
    mutations: [],
    violations: [],
    shadowRoots: [],
    highlightsBefore: null,
  });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    h.shadowRoots.push(root);
    return root;
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    h.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile || '' });
  }, true);
  const snapHighlights = () => {
    const out = [];
    if (!window.CSS || !CSS.highlights) return out;
    CSS.highlights.forEach((hl, name) => {
      if (String(name).indexOf('parley-') === 0) return;
      const ranges = [];
      hl.forEach((r) => ranges.push(r.startOffset + ':' + r.endOffset + ':' + r.toString()));
      out.push({ name: String(name), priority: hl.priority, type: hl.type, ranges: ranges });
    });
    return out;
  };
  h.snapHighlights = snapHighlights;
  document.addEventListener('DOMContentLoaded', () => {
    h.before = textOf.call(document.body);
    h.shadowBefore = h.shadowRoots.map((r) => textOf.call(r));
    h.highlightsBefore = snapHighlights();
    const mo = new MO((records) => {
      for (const r of records) {
        h.mutations.push(r.type + ' ' + (r.attributeName || '') + ' on ' + (r.target.nodeName || '?'));
      }
    });
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  }, { once: true });
})();`;

/** The article, in the test's own words: a US-EU negotiation over steel tariffs and farm access. */
const ARTICLE_PARAGRAPHS = [
  'The United States and the European Union agreed on Tuesday to keep negotiating over steel and aluminum tariffs after two days of talks in Brussels ended without a deal, officials on both sides said.',
  'U.S. Trade Representative Katherine Tai told reporters that Washington would not lift the tariffs unless the European Union agreed to limit imports of cheap steel made in China.',
  'The European Commission said Brussels was ready to suspend its retaliatory tariffs on American whiskey and motorcycles, but only if the United States removed the duties on European steel first.',
  'Valdis Dombrovskis, the EU trade commissioner, said the bloc wanted a permanent solution rather than a quota that could be cut again. "We are not going to accept a deal that leaves our producers guessing," he said.',
  'American farm groups have pressed the administration to demand wider access for U.S. beef and poultry in any agreement, a request the European side has so far refused.',
  'Negotiators plan to meet again in Washington next month. Analysts said a truce on steel could open the way to talks on export controls and on rules for subsidies to green industries.',
];

export const ARTICLE_TITLE = 'US and EU keep talking on steel tariffs after Brussels round ends without deal';

/** Words for filler text (navigation, comments, the enormous text node): no actor names. */
const FILLER = (
  'lorem ipsum weather garden recipe football concert museum holiday river mountain coffee bicycle ' +
  'library festival sunrise harbor lantern meadow orchard pebble quartz saffron thunder velvet willow'
).split(' ');

/** RTL paragraphs (Arabic and Hebrew) about nothing in particular. */
const RTL_LINES = [
  'هذا نص تجريبي باللغة العربية يظهر في الصفحة.',
  'זהו טקסט לדוגמה בעברית בתוך הדף.',
  'الطقس جميل اليوم في المدينة، والسوق مزدحم.',
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(FILLER[Math.floor(rand() * FILLER.length)]!);
  return out.join(' ');
}

function articleHtml(rtl: boolean, rand: () => number): string {
  const paras = ARTICLE_PARAGRAPHS.map((p, i) => {
    const extra =
      rtl && i === 2 ? ` <span dir="rtl">${escapeHtml(RTL_LINES[Math.floor(rand() * 3)]!)}</span>` : '';
    return `<p>${escapeHtml(p)}${extra}</p>`;
  });
  return (
    `<article id="story"><h1>${escapeHtml(ARTICLE_TITLE)}</h1>` +
    `<p class="byline">By Dana Whitlock and Omar Reyes</p>` +
    `<time datetime="2026-03-03T09:00:00Z">March 3, 2026</time>` +
    paras.join('') +
    `</article>`
  );
}

/** Inline page scripts per feature, run while the page parses (so all is in place by DOMContentLoaded). */
function featureScript(f: Hostility, sizes: Sizes): string {
  switch (f) {
    case 'deep-nesting':
      // The HTML parser caps nesting at 512, so the depth is built with DOM calls. Chromium's own
      // renderer crashes laying out ~2,000 nested boxes (no extension needed), so below RENDERED
      // levels the chain continues inside a content-visibility:hidden div (not a span: the property
      // does nothing on inline boxes): still in the DOM and in
      // body.textContent, where Parley's walkers meet it, but not laid out.
      return `(function(){var r=rand;var host=document.getElementById('deep');var el=host;
        for(var i=0;i<${sizes.depth};i++){var d=document.createElement(r()<0.5||i===${RENDERED_DEPTH}?'div':'span');if(i%500===0)d.className='lvl'+i;
        if(i===${RENDERED_DEPTH})d.style.contentVisibility='hidden';el.appendChild(d);el=d;}
        el.appendChild(document.createTextNode('bottom of the well '+Math.floor(r()*1e6)));})();`;
    case 'many-nodes':
      // Divs, not <li>: Chromium numbers 33,000 list items in quadratic time (page load alone took
      // 15 s here, extension or not). Built in a fragment and attached once.
      return `(function(){var r=rand;var host=document.getElementById('many');var frag=document.createDocumentFragment();var made=0;
        while(made<${sizes.nodes}){var li=document.createElement('div');var a=document.createElement('a');a.href='#n'+made;
        a.appendChild(document.createTextNode(W[Math.floor(r()*W.length)]+' '+made));li.appendChild(a);frag.appendChild(li);made+=3;}
        host.appendChild(frag);})();`;
    case 'huge-text':
      return `(function(){var r=rand;var parts=[];var n=0;while(n<${sizes.textBytes}){var w=W[Math.floor(r()*W.length)];parts.push(w);n+=w.length+1;}
        document.getElementById('huge').appendChild(document.createTextNode(parts.join(' ')));})();`;
    case 'shadow-dom':
      return `(function(){
        var open=document.getElementById('shadow-open').attachShadow({mode:'open'});
        var p=document.createElement('p');p.textContent='Inside an open shadow root: the European Union and China discussed tariffs on electric cars.';open.appendChild(p);
        var slot=document.createElement('slot');open.appendChild(slot);
        var closed=document.getElementById('shadow-closed').attachShadow({mode:'closed'});
        var q=document.createElement('p');q.textContent='Inside a closed shadow root: Japan asked about rice import quotas.';closed.appendChild(q);
        var nested=document.createElement('div');open.appendChild(nested);var inner=nested.attachShadow({mode:'open'});
        inner.appendChild(document.createTextNode('Nested shadow text about Mexico and Canada.'));})();`;
    case 'iframes':
      return '';
    case 'prototype-overrides':
      // Each override keeps the behaviour for the page's own code but throws while armed (after
      // DOMContentLoaded, when only extensions and the test still run code): if Parley's isolated
      // world shared the page's built-ins, its calls would throw here.
      return `(function(){var H=window.__hostile;function trap(name){var e=new Error('hostile page: '+name+' called after load');e.name='HostileTrap';throw e;}
        H.trapped=[];
        function wrap(obj,key){var orig=obj[key];obj[key]=function(){if(H.armed){H.trapped.push(key);trap(key);}return orig.apply(this,arguments);};}
        wrap(Node.prototype,'appendChild');wrap(Node.prototype,'insertBefore');wrap(Node.prototype,'removeChild');
        wrap(Element.prototype,'setAttribute');wrap(Element.prototype,'attachShadow');wrap(Document.prototype,'createElement');
        wrap(Document.prototype,'querySelectorAll');wrap(Element.prototype,'querySelectorAll');wrap(Element.prototype,'getBoundingClientRect');
        wrap(Array.prototype,'map');wrap(Array.prototype,'filter');wrap(Array.prototype,'forEach');wrap(JSON,'parse');wrap(JSON,'stringify');
        wrap(Promise.prototype,'then');wrap(Promise,'resolve');wrap(window,'fetch');wrap(window,'setTimeout');wrap(window,'requestAnimationFrame');
        wrap(Range.prototype,'setStart');wrap(Range.prototype,'getClientRects');wrap(Document.prototype,'createRange');
        var tc=Object.getOwnPropertyDescriptor(Node.prototype,'textContent');
        Object.defineProperty(Node.prototype,'textContent',{configurable:true,get:function(){if(H.armed){H.trapped.push('textContent');trap('textContent');}return tc.get.call(this);},set:function(v){if(H.armed){H.trapped.push('textContent=');trap('textContent=');}return tc.set.call(this,v);}});
        var it=Object.getOwnPropertyDescriptor(HTMLElement.prototype,'innerText');
        Object.defineProperty(HTMLElement.prototype,'innerText',{configurable:true,get:function(){if(H.armed){trap('innerText');}return it.get.call(this);}});
        var RealMO=window.MutationObserver;
        window.MutationObserver=function(cb){if(H.armed){H.trapped.push('MutationObserver');trap('MutationObserver');}return new RealMO(cb);};
        window.MutationObserver.prototype=RealMO.prototype;
        if(window.CSS&&CSS.highlights){var hr=Object.getPrototypeOf(CSS.highlights);['set','delete','clear','get','has'].forEach(function(k){wrap(hr,k);});}
        window.Highlight=function(){if(H.armed)trap('Highlight');};
        document.addEventListener('DOMContentLoaded',function(){H.armed=true;},{once:true});})();`;
    case 'throwing-handlers':
      return `(function(){var names=['click','mousemove','mouseover','mouseout','pointermove','pointerover','pointerdown','pointerup','keydown','keyup','scroll','wheel','resize','focus','blur','focusin','focusout','visibilitychange','pagehide','pageshow','popstate','hashchange','message','error','unhandledrejection','selectionchange','animationstart','transitionend','load','DOMContentLoaded','readystatechange','securitypolicyviolation','copy','contextmenu','input','change'];
        names.forEach(function(n){[window,document].forEach(function(t){t.addEventListener(n,function(){throw new Error('page handler '+n);},true);t.addEventListener(n,function(){throw new Error('page handler '+n+' (bubble)');});});});
        window.onerror=function(){throw new Error('onerror throws too');};
        window.onunhandledrejection=function(){throw new Error('onunhandledrejection throws');};
        window.onmessage=function(){throw new Error('onmessage throws');};
        setTimeout(function(){throw new Error('page timer throws');},0);
        Promise.reject(new Error('page leaves a rejection unhandled'));})();`;
    case 'own-highlights':
      return `(function(){if(!window.CSS||!CSS.highlights)return;
        var ps=document.querySelectorAll('#story p');var a=document.createRange();a.setStart(ps[0].firstChild,4);a.setEnd(ps[0].firstChild,17);
        var b=document.createRange();b.setStart(ps[1].firstChild,0);b.setEnd(ps[1].firstChild,24);
        var c=document.createRange();c.selectNodeContents(document.querySelector('#story h1'));
        var search=new Highlight(a,b);search.priority=3;CSS.highlights.set('site-search',search);
        var spell=new Highlight(c);spell.type='spelling-error';CSS.highlights.set('spell-check',spell);
        CSS.highlights.set('empty-one',new Highlight());})();`;
    case 'rtl':
      return '';
  }
}

/** Extra markup each feature needs in the body (hosts the scripts fill in). */
function featureMarkup(f: Hostility, rand: () => number): string {
  switch (f) {
    case 'deep-nesting':
      return '<div id="deep"></div>';
    case 'many-nodes':
      return '<div id="many" class="related-links"></div>';
    case 'huge-text':
      return '<div id="huge" class="comments"></div>';
    case 'shadow-dom':
      return '<div id="shadow-open"><span>slotted light text</span></div><div id="shadow-closed"></div>';
    case 'iframes': {
      const inner = `<!doctype html><html><body><article><h1>${escapeHtml(ARTICLE_TITLE)}</h1>${ARTICLE_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article></body></html>`;
      return (
        `<iframe id="same" srcdoc="${escapeHtml(inner)}"></iframe>` +
        `<iframe id="sandboxed" sandbox="" srcdoc="${escapeHtml('<p>' + words(rand, 30) + '</p>')}"></iframe>` +
        '<iframe id="blank" src="about:blank"></iframe>'
      );
    }
    case 'rtl':
      return `<aside dir="rtl" lang="ar">${RTL_LINES.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</aside>`;
    default:
      return '';
  }
}

/**
 * Builds one page. Features are placed around the article in an order drawn from the seed; the
 * article sits in `<main>` with the page's furniture and hostility on both sides.
 */
export function buildHostilePage(
  name: string,
  seed: number,
  features: readonly Hostility[],
  sizes: Sizes = FULL_SIZES,
): HostilePage {
  const rand = mulberry32(seed);
  const order = [...features].sort(() => rand() - 0.5);
  const split = Math.floor(rand() * (order.length + 1));
  const before = order.slice(0, split).map((f) => featureMarkup(f, rand));
  const after = order.slice(split).map((f) => featureMarkup(f, rand));
  const rtl = features.includes('rtl');
  const scripts = order.map((f) => featureScript(f, sizes)).filter((s) => s !== '');
  // own-highlights needs the article parsed; the overrides must come last so the other scripts run.
  const late = (f: string) => (f.includes("'site-search'") ? 1 : 0) + (f.includes('HostileTrap') ? 2 : 0);
  scripts.sort((a, b) => late(a) - late(b));
  const url = `https://www.reuters.com/world/hostile-${name}-${seed}/`;
  const html = `<!doctype html>
<html lang="en"${rtl && rand() < 0.5 ? ' dir="ltr"' : ''}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(ARTICLE_TITLE)} | Reuters</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(ARTICLE_TITLE)}">
<meta property="article:published_time" content="2026-03-03T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(ARTICLE_TITLE)},"datePublished":"2026-03-03T09:00:00Z"}</script>
</head>
<body>
<header><nav><a href="#a">World</a> <a href="#b">Business</a> <a href="#c">Markets</a></nav></header>
${before.join('\n')}
<main>${articleHtml(rtl, rand)}</main>
${after.join('\n')}
<footer><p>${words(rand, 12)}</p></footer>
<script>
${PAGE_PRNG}
var rand = mulberry32(${seed >>> 0});
var W = ${JSON.stringify(FILLER)};
${scripts.join('\n')}
</script>
</body>
</html>`;
  return { name, seed, url, html, features: order };
}

/** Random mixes: each picks 3-6 hostilities and smaller sizes, all drawn from `seed`. */
export function randomMixes(seed: number, count: number): HostilePage[] {
  const rand = mulberry32(seed);
  const pages: HostilePage[] = [];
  for (let i = 0; i < count; i++) {
    const pageSeed = Math.floor(rand() * 2 ** 31);
    const r = mulberry32(pageSeed);
    const n = 3 + Math.floor(r() * 4);
    const picked = [...ALL_HOSTILITIES].sort(() => r() - 0.5).slice(0, n);
    const sizes: Sizes = {
      depth: 500 + Math.floor(r() * 3_000),
      nodes: 1_000 + Math.floor(r() * 30_000),
      textBytes: 10_000 + Math.floor(r() * 500_000),
    };
    pages.push(buildHostilePage(`mix${i}`, pageSeed, picked, sizes));
  }
  return pages;
}

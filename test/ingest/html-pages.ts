// News pages written for these tests in the shapes real publishing systems produce (WordPress, Arc XP,
// an old hand-rolled CMS, AMP). The stories and outlets are invented.

/** The paragraphs a reader should see in each page, in order. */
export const wordpressParagraphs = [
  'ATHENS — The Greek government on Wednesday unveiled a plan to station firefighting crews on twelve islands before the peak of the summer season, after two years of fires that forced thousands of tourists to leave their hotels.',
  '“We will not wait for the fire to reach the village before we move,” Civil Protection Minister Nikos Andreou told reporters at the ministry.',
  'The plan adds 40 water-bombing flights a day · a figure the opposition called too small.',
  '“Forty flights is a start, not a plan,” said Maria Kontou, a lawmaker for the opposition.',
  'Andreou said the crews would be in place by the middle of July, and that the islands of Rhodes & Evia would be first.',
];

export const wordpressPage = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Greece unveils a new wildfire plan for the islands | The Athens Herald</title>
<link rel="canonical" href="https://athensherald.example/2024/07/03/greece-wildfire-plan/">
<meta property="og:site_name" content="The Athens Herald">
<meta property="og:title" content="Greece unveils a new wildfire plan for the islands | The Athens Herald">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-07-03T09:15:00+03:00">
<meta name="author" content="Eleni Markou">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Athens Herald","url":"https://athensherald.example/"},{"@type":"NewsArticle","headline":"Greece unveils a new wildfire plan for the islands","datePublished":"2024-07-03T09:15:00+03:00","author":{"@type":"Person","name":"Eleni Markou"}}]}</script>
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/herald/style.css" media="all">
<style id="wp-custom-css">.entry-content p{margin:0 0 1em}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date());</script>
</head>
<body class="post-template-default single single-post postid-4182">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">The Athens Herald</a></p></div>
  <nav id="site-navigation" class="main-navigation" aria-label="Primary">
    <ul id="primary-menu" class="menu"><li><a href="/politics/">Politics</a></li><li><a href="/world/">World</a></li><li><a href="/sport/">Sport</a></li></ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-4182" class="post-4182 post type-post status-publish format-standard hentry category-greece">
  <header class="entry-header">
    <h1 class="entry-title">Greece unveils a new wildfire plan for the islands</h1>
    <div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2024-07-03T09:15:00+03:00">July 3, 2024</time></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/emarkou/">Eleni Markou</a></span></span></div>
  </header>
  <div class="entry-content">
<p>ATHENS &mdash; The Greek government on Wednesday unveiled a plan to station firefighting crews on twelve islands before the peak of the summer season, after two years of fires that forced thousands of tourists to leave their hotels.</p>
<p>&#x201C;We will not wait for the fire to reach the village before we move,&#x201D; Civil Protection Minister Nikos Andreou told reporters at the ministry.</p>
<p>The plan adds 40 water-bombing flights a day &middot; a figure the opposition called too small.</p>
<p>&ldquo;Forty flights is a start, not a plan,&rdquo; said Maria Kontou, a lawmaker for the opposition.</p>
<p>Andreou said the crews would be in place by the middle of July, and that the islands of Rhodes &amp; Evia would be first.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="?share=facebook">Facebook</a></li><li><a href="?share=x">X</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Read more</h3>
<ul><li><a href="/2024/06/30/heatwave-acropolis/">Heatwave closes the Acropolis for a second day</a></li><li><a href="/2024/06/28/ferry-strike/">Ferry strike leaves islanders stranded at Piraeus</a></li></ul></div>
  </div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">0 Comments</h2></div>
</main>
</div>
<footer id="colophon" class="site-footer">
  <p>&copy; 2024 The Athens Herald &middot; All rights reserved</p>
  <p><a href="/privacy/">Privacy</a> &middot; <a href="/terms/">Terms</a> &middot; <a href="/contact/">Contact us</a></p>
</footer>
<script src="/wp-includes/js/wp-embed.min.js"></script>
</body>
</html>`;

export const arcParagraphs = [
  'PIRAEUS, Greece — Dock workers at the country’s largest port walked off the job on Thursday over a plan to automate two container terminals, leaving dozens of ships waiting at anchor.',
  '“Nobody asked the people who load the ships,” said Giorgos Petridis, who leads the dockworkers’ union, standing outside the main gate.',
  'The port authority said the strike would cost shipping lines millions of euros a day.',
  'Transport Minister Katerina Vlassi said on Thursday evening that talks would resume on Monday.',
];

export const arcPage = `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"/>
<title>Port workers strike over automation plan - The Piraeus Daily</title>
<meta property="og:title" content="Port workers strike over automation plan"/>
<meta property="og:site_name" content="The Piraeus Daily"/>
<meta name="description" content="Dock workers walked off the job over a plan to automate two terminals."/>
<link rel="canonical" href="https://www.piraeusdaily.example/business/2024/09/12/port-workers-strike-automation/"/>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port workers strike over automation plan","datePublished":"2024-09-12T06:30:00.000Z","dateModified":"2024-09-12T11:02:00.000Z","author":[{"@type":"Person","name":"Dimitris Lambros"},{"@type":"Person","name":"Sofia Hale"}],"publisher":{"@type":"Organization","name":"The Piraeus Daily"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.piraeusdaily.example/business/2024/09/12/port-workers-strike-automation/"}}]</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="piraeusdaily";Fusion.globalContent={"headlines":{"basic":"Port workers strike over automation plan"},"content_elements":[{"type":"text","content":"Dock workers"}]};</script>
<style data-styled="true">.kBhYzR{font-family:Georgia,serif}</style>
</head><body>
<div id="fusion-app" class="layout-section">
<header class="site-header"><nav aria-label="Sections"><ul><li><a href="/business/">Business</a></li><li><a href="/politics/">Politics</a></li><li><a href="/opinions/">Opinions</a></li></ul></nav>
<a href="/subscribe/" class="subscribe-button">Subscribe</a></header>
<main id="main-content">
<div class="article-header"><h1 data-qa="headline" class="headline">Port workers strike over automation plan</h1>
<div data-qa="author-byline" class="byline">By <a href="/people/dimitris-lambros/">Dimitris Lambros</a> and <a href="/people/sofia-hale/">Sofia Hale</a></div>
<span data-qa="timestamp" class="display-date">September 12, 2024 at 9:30 a.m. EEST</span></div>
<div class="article-body grid-body">
<p data-el="text" class="font-copy">PIRAEUS, Greece &#8212; Dock workers at the country&#8217;s largest port walked off the job on Thursday over a plan to automate two container terminals, leaving dozens of ships waiting at anchor.</p>
<div class="ad-container" data-qa="article-body-ad"><span class="ad-label">Advertisement</span><div id="slot-1"></div></div>
<p data-el="text" class="font-copy">&#x201C;Nobody asked the people who load the ships,&#x201D; said Giorgos Petridis, who leads the dockworkers&#x2019; union, standing outside the main gate.</p>
<div data-qa="interstitial-link" class="interstitial"><span>Read more: </span><a href="/business/2024/08/01/shipping-rates/">Shipping rates climb as canal traffic falls</a></div>
<p data-el="text" class="font-copy">The port authority said the strike would cost shipping lines millions of euros a day.</p>
<p data-el="text" class="font-copy">Transport Minister Katerina Vlassi said on Thursday evening that talks would resume on Monday.</p>
</div>
<div class="newsletter-signup"><p>Sign up for our business newsletter</p><form><input type="email"/><button>Sign up</button></form></div>
</main>
<footer class="site-footer"><ul class="footer-links"><li><a href="/about/">About us</a></li><li><a href="/careers/">Careers</a></li></ul><p>&copy; 1996-2024 The Piraeus Daily</p></footer>
</div></body></html>`;

export const plainCmsParagraphs = [
  'THESSALONIKI – The city’s first metro line opened to passengers on Saturday, eighteen years after work began.',
  'Mayor Stelios Karras said the trains would carry 250,000 people a day within a year.',
  '“Today the city breathes a little easier,” Karras said at the opening ceremony.',
];

// An old hand-rolled CMS: tables for layout, <br><br> between paragraphs, no Open Graph, a relative
// canonical link and a Dublin Core date.
export const plainCmsPage = `<html><head>
<title>Metro line opens after eighteen years | Thessaloniki Times</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="DC.date.issued" content="2024-03-16">
<meta name="author" content="Petros Alexiou">
<link rel="canonical" href="/news/2024/metro-line-opens-4471.html">
<link rel="stylesheet" href="/css/site.css">
</head>
<body bgcolor="#ffffff">
<table width="100%" id="top"><tr><td><a href="/"><img src="/img/logo.gif" alt="Thessaloniki Times"></a></td>
<td class="menu"><a href="/news/">News</a> | <a href="/city/">City</a> | <a href="/weather/">Weather</a></td></tr></table>
<table width="100%"><tr>
<td class="leftcol" width="180"><div class="links"><b>Sections</b><br><a href="/news/">News</a><br><a href="/business/">Business</a><br><a href="/sport/">Sport</a></div></td>
<td class="maincol" valign="top"><div id="story">
<h2>Metro line opens after eighteen years</h2>
<span class="date">16/03/2024</span><br><br>
THESSALONIKI &ndash; The city&rsquo;s first metro line opened to passengers on Saturday, eighteen years after work began.<br><br>
Mayor Stelios Karras said the trains would carry 250,000 people a day within a year.<br><br>
&ldquo;Today the city breathes a little easier,&rdquo; Karras said at the opening ceremony.<br><br>
</div></td></tr></table>
<div class="bottom">Copyright &copy; 2024 Thessaloniki Times. <a href="/contact.html">Contact</a></div>
</body></html>`;

export const ampParagraphs = [
  'HERAKLION, Crete — Archaeologists have found the remains of a Minoan harbour under a car park in the city, the culture ministry said on Saturday.',
  '“This changes what we thought we knew about the coast here,” said Irini Sfakianaki, who led the excavation.',
  'The ministry said the site would be opened to visitors next year.',
];

export const ampPage = `<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>Minoan harbour found under Heraklion car park &#8211; Aegean Wire</title>
<link rel="canonical" href="https://aegeanwire.example/culture/minoan-harbour-heraklion">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.amp-article p{line-height:1.5}.byline{color:#555}</style>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://aegeanwire.example/culture/minoan-harbour-heraklion","headline":"Minoan harbour found under Heraklion car park","datePublished":"2024-11-02T14:05:00+02:00","author":{"@type":"Person","name":"Anna Vlachou"},"publisher":{"@type":"Organization","name":"Aegean Wire","logo":{"@type":"ImageObject","url":"https://aegeanwire.example/logo.png"}}}</script>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/culture/">Culture</a></li><li><a href="/travel/">Travel</a></li></ul></amp-sidebar>
<header class="amp-header"><a href="/">Aegean Wire</a> <button on="tap:sidebar.toggle">Menu</button></header>
<article class="amp-article">
<h1>Minoan harbour found under Heraklion car park</h1>
<p class="byline">By Anna Vlachou</p>
<amp-img src="/img/harbour.jpg" width="1200" height="800" layout="responsive" alt="The excavation site"></amp-img>
<p>HERAKLION, Crete &#x2014; Archaeologists have found the remains of a Minoan harbour under a car park in the city, the culture ministry said on Saturday.</p>
<p>&#x201C;This changes what we thought we knew about the coast here,&#x201D; said Irini Sfakianaki, who led the excavation.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/culture"></amp-ad>
<p>The ministry said the site would be opened to visitors next year.</p>
<p class="related"><a href="/culture/knossos-restoration">Read more: Knossos restoration enters its last phase</a></p>
</article>
<footer class="amp-footer"><p>&copy; 2024 Aegean Wire &middot; <a href="/about">About</a></p></footer>
</body>
</html>`;

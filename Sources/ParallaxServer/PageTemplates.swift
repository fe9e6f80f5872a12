/// The web pages' Mustache templates and style sheet.
///
/// Kept in the binary rather than as resource files so that `parallax serve` runs from any
/// folder. `{{…}}` escapes for HTML; the one triple-mustache, the timeline chart, is SVG that
/// ``TimelineChart`` escaped itself. The pages run no script, and read well on a phone.
enum PageTemplates {
    static let head = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/assets/parallax.css">
        """

    static let nav = """
        <header class="top"><a class="brand" href="/">Parallax</a>
        <span class="tagline">many reports, one story, claim by claim</span></header>
        """

    static let storyList = """
        {{> head}}
        <title>Stories · Parallax</title>
        </head>
        <body>
        {{> nav}}
        <main>
        <h1>Stories</h1>
        <form class="filters" method="get" action="/">
        <label>Text <input type="search" name="q" value="{{q}}"></label>
        <label>Source <input type="text" name="source" value="{{source}}"></label>
        <label>From <input type="date" name="since" value="{{since}}"></label>
        <label>Before <input type="date" name="until" value="{{until}}"></label>
        <button type="submit">Filter</button>
        </form>
        {{#empty}}<p class="empty">No story matches.</p>{{/empty}}
        <ol class="stories">
        {{#stories}}
        <li class="story{{#contested}} contested{{/contested}}">
        <a class="headline" href="{{href}}">{{headline}}</a>
        <span class="meta">{{counts}} · {{span}} · <span class="contest">{{contest}}</span></span>
        </li>
        {{/stories}}
        </ol>
        <nav class="pages">
        {{#previous}}<a rel="prev" href="{{previous}}">← newer</a>{{/previous}}
        {{#next}}<a rel="next" href="{{next}}">older →</a>{{/next}}
        </nav>
        </main>
        </body>
        </html>
        """

    static let story = """
        {{> head}}
        <title>{{headline}} · Parallax</title>
        </head>
        <body>
        {{> nav}}
        <main class="story-page">
        <h1>{{headline}}</h1>
        <p class="meta">{{counts}} · {{span}} · <span class="contest">{{contest}}</span></p>
        {{^compared}}<p class="empty">This story has fewer than two original articles: there is nothing to compare yet.</p>{{/compared}}
        {{#compared}}
        <section id="summary">
        <h2>Summary</h2>
        <ol class="summary">
        {{#summary}}
        <li{{#disputed}} class="disputed"{{/disputed}}>{{#disputed}}<span class="badge">disputed</span> {{/disputed}}{{text}}
        {{#cites}}<a class="cite" href="{{href}}" title="{{source}}">[{{label}}]</a>{{/cites}}{{#partial}}<span class="partial">; without {{missing}}: {{#cites}}<a class="cite" href="{{href}}" title="{{source}}">[{{label}}]</a>{{/cites}}</span>{{/partial}}</li>
        {{/summary}}
        </ol>
        </section>

        <section id="grid">
        <h2>Claims by source</h2>
        <div class="scroll">
        <table class="grid">
        <thead><tr><th scope="col">Claim</th>{{#sources}}<th scope="col"><a href="{{href}}">{{number}}. {{name}}</a></th>{{/sources}}</tr></thead>
        <tbody>
        {{#grid}}
        <tr id="fact-{{fact}}"{{#contested}} class="contested"{{/contested}}>
        <th scope="row"><span class="fact-id">{{fact}}</span> {{claim}}</th>
        {{#cells}}<td class="{{stance}}" title="{{source}}: {{stance}}">{{#href}}<a href="{{href}}">{{mark}}</a>{{/href}}{{^href}}{{mark}}{{/href}}</td>{{/cells}}
        </tr>
        {{/grid}}
        </tbody>
        </table>
        </div>
        </section>

        <section id="conflicts">
        <h2>Conflicts</h2>
        {{^conflicts}}<p class="empty">The sources do not contradict one another.</p>{{/conflicts}}
        <ul class="conflicts">
        {{#conflicts}}
        <li id="conflict-{{id}}" class="{{kind}}"><span class="badge">{{kind}}</span> <span class="aspect">{{aspect}}</span> {{description}}
        <ul>{{#sides}}<li><a href="{{href}}">{{source}}</a>: <strong>{{value}}</strong> — {{text}}</li>{{/sides}}</ul>
        </li>
        {{/conflicts}}
        </ul>
        </section>

        <section id="quotes">
        <h2>Quotes</h2>
        {{^quotes}}<p class="empty">No one is quoted.</p>{{/quotes}}
        <ul class="quotes">
        {{#quotes}}
        <li><span class="speaker">{{speaker}}</span>{{#reported}} <span class="badge">reported speech</span>{{/reported}}
        <blockquote>{{text}}</blockquote>
        <span class="outlets">carried by {{#outlets}}<a href="{{href}}">{{name}}</a>{{#speaker}} <span class="wording">(attributed to {{speaker}})</span>{{/speaker}}{{#differences}} <span class="wording">(wording: {{differences}})</span>{{/differences}} {{/outlets}}</span>
        </li>
        {{/quotes}}
        </ul>
        </section>
        {{/compared}}

        <section id="timeline">
        <h2>Timeline</h2>
        <figure class="chart">{{{timelineChart}}}</figure>
        <ol class="timeline">
        {{#timeline}}
        <li><time>{{published}}</time> {{source}}{{#first}} <span class="badge">first</span>{{/first}}: added {{#added}}<a href="{{href}}">{{id}}</a> {{/added}}{{^added}}{{nothingAdded}}{{/added}}</li>
        {{/timeline}}
        </ol>
        </section>

        {{#compared}}
        <section id="articles">
        <h2>The articles side by side</h2>
        <p class="legend"><span class="agreed">agreed</span> <span class="unique">only this source</span> <span class="conflict">contradicted</span> <span class="update">updated</span></p>
        <div class="columns">
        {{#columns}}
        {{#source}}
        <article class="column" id="source-{{number}}">
        <h3><a href="{{href}}">{{number}}. {{name}}</a></h3>
        {{#published}}<p class="meta"><time>{{published}}</time></p>{{/published}}
        {{/source}}
        {{#sentences}}
        <p id="{{anchor}}" class="sentence {{role}}{{#heading}} heading{{/heading}}"><span class="ref">{{label}}</span> {{text}}{{#facts}} <a class="fact-link" href="{{href}}">{{id}}</a>{{/facts}}</p>
        {{/sentences}}
        </article>
        {{/columns}}
        </div>
        </section>
        {{/compared}}

        <section id="members">
        <h2>Articles</h2>
        <ul class="members">
        {{#members}}
        <li><a href="{{href}}">{{source}}: {{title}}</a> <span class="meta">{{published}}{{#copyOf}} · copy of {{copyOf}}{{/copyOf}} · {{why}}</span></li>
        {{/members}}
        </ul>
        {{#copyGroups}}
        <h3>Copies of <a href="{{originHref}}">{{origin}}</a></h3>
        <ul>{{#copies}}<li><a href="{{href}}">{{source}}: {{title}}</a></li>{{/copies}}</ul>
        {{/copyGroups}}
        </section>
        </main>
        </body>
        </html>
        """

    static let article = """
        {{> head}}
        <title>{{title}} · Parallax</title>
        </head>
        <body>
        {{> nav}}
        <main class="article-page">
        <h1>{{title}}</h1>
        <p class="meta">{{source}} · {{published}} · revision {{revision}} · ingested {{ingested}}
        {{#storyHref}} · <a href="{{storyHref}}">{{story}}</a>{{/storyHref}}</p>
        {{#url}}<p class="meta">{{#link}}<a href="{{url}}" rel="noopener noreferrer nofollow">{{url}}</a>{{/link}}{{^link}}{{url}}{{/link}}</p>{{/url}}
        <div class="columns two">
        <section id="cleaned" class="column">
        <h2>Cleaned text</h2>
        {{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}
        </section>
        <section id="removed" class="column">
        <h2>Removed</h2>
        {{^removed}}<p class="empty">Nothing was removed.</p>{{/removed}}
        <ul class="removed">
        {{#removed}}<li><span class="badge">{{reason}}</span> line {{line}}: <q>{{text}}</q> <span class="why">{{explanation}}</span></li>{{/removed}}
        </ul>
        </section>
        </div>
        <details><summary>The text as it arrived</summary><pre>{{original}}</pre></details>
        </main>
        </body>
        </html>
        """

    static let stylesheet = """
        :root { --ink: #1d232b; --muted: #5b6573; --line: #d9dee5; --paper: #fbfbf9;
          --agreed: #d8f0dc; --unique: #e3ecfb; --conflict: #fbd9d5; --update: #fdf0c8;
          --reports: #2f8a46; --contradicts: #c23a2b; --silent: #eef0f3; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
        header.top { padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: #fff; }
        .brand { font-weight: 700; color: var(--ink); text-decoration: none; margin-right: .8rem; }
        .tagline, .meta { color: var(--muted); font-size: .9rem; }
        main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: .5rem 0; }
        h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
        a { color: #1f5fa8; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem; margin-bottom: 1rem; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        .stories { list-style: none; padding: 0; }
        .stories li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
        .stories .headline { display: block; font-weight: 600; }
        .story.contested .contest, li.conflict .badge { color: var(--contradicts); font-weight: 600; }
        .badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: var(--silent); }
        .summary li { margin-bottom: .4rem; }
        .summary li.disputed { background: var(--update); }
        .cite { font-size: .8rem; margin-left: .15rem; }
        .summary .partial { color: var(--muted); font-size: .85rem; }
        .scroll { overflow-x: auto; }
        table.grid { border-collapse: collapse; width: 100%; font-size: .9rem; }
        .grid th, .grid td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
        .grid tbody th { text-align: left; font-weight: 400; min-width: 16rem; }
        .grid td { text-align: center; white-space: nowrap; }
        .grid td.reports { background: var(--agreed); color: var(--reports); }
        .grid td.contradicts { background: var(--conflict); color: var(--contradicts); font-weight: 700; }
        .grid td.related { background: var(--silent); color: var(--reports); font-style: italic; }
        .grid td.silent { background: var(--silent); color: var(--muted); }
        .grid tr.contested th { border-left: 4px solid var(--contradicts); }
        .fact-id { color: var(--muted); font-size: .8rem; }
        .conflicts > li, .quotes > li { margin-bottom: .8rem; }
        li.update .badge { background: var(--update); }
        blockquote { margin: .2rem 0 .2rem 1rem; font-style: italic; }
        svg.timeline { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
        svg .lane { stroke: var(--line); }
        svg .lane-label, svg .axis { font-size: 11px; fill: var(--muted); }
        svg .article-mark { fill: #1f5fa8; }
        svg .article-mark.copy { fill: #fff; stroke: #1f5fa8; stroke-width: 2; }
        svg .fact-mark { fill: var(--reports); opacity: .75; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
        .column { background: #fff; border: 1px solid var(--line); padding: .6rem .8rem; border-radius: .3rem; }
        .column h3 { margin: 0 0 .3rem; font-size: 1rem; }
        .sentence { margin: .3rem 0; padding: .1rem .3rem; border-radius: .2rem; }
        .sentence.heading { font-weight: 600; }
        .sentence.agreed, .legend .agreed { background: var(--agreed); }
        .sentence.unique, .legend .unique { background: var(--unique); }
        .sentence.conflict, .legend .conflict { background: var(--conflict); }
        .sentence.update, .legend .update { background: var(--update); }
        .sentence:target { outline: 2px solid #1f5fa8; }
        .legend span { padding: 0 .4rem; margin-right: .3rem; }
        .ref, .fact-link { font-size: .75rem; color: var(--muted); }
        pre { white-space: pre-wrap; word-break: break-word; background: #fff; border: 1px solid var(--line); padding: .6rem; }
        .removed li { margin-bottom: .4rem; }
        .why { color: var(--muted); font-size: .85rem; }
        .empty { color: var(--muted); }
        @media (max-width: 40rem) { main { padding: .6rem; } .grid tbody th { min-width: 10rem; } }
        """
}

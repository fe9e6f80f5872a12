import CMyHTML

/// An HTML element's tag, as the parser identifies it.
public struct HTMLTag: Hashable, Sendable {
    /// The parser's tag id.
    public var rawValue: UInt

    init(_ tag: myhtml_tags) { rawValue = UInt(tag.rawValue) }

    init(rawValue: UInt) { self.rawValue = rawValue }

    /// The document itself, the root of every tree.
    public static let document = HTMLTag(MyHTML_TAG__UNDEF)
    public static let text = HTMLTag(MyHTML_TAG__TEXT)
    public static let comment = HTMLTag(MyHTML_TAG__COMMENT)
    public static let a = HTMLTag(MyHTML_TAG_A)
    public static let article = HTMLTag(MyHTML_TAG_ARTICLE)
    public static let aside = HTMLTag(MyHTML_TAG_ASIDE)
    public static let audio = HTMLTag(MyHTML_TAG_AUDIO)
    public static let blockquote = HTMLTag(MyHTML_TAG_BLOCKQUOTE)
    public static let body = HTMLTag(MyHTML_TAG_BODY)
    public static let br = HTMLTag(MyHTML_TAG_BR)
    public static let button = HTMLTag(MyHTML_TAG_BUTTON)
    public static let canvas = HTMLTag(MyHTML_TAG_CANVAS)
    public static let caption = HTMLTag(MyHTML_TAG_CAPTION)
    public static let code = HTMLTag(MyHTML_TAG_CODE)
    public static let dd = HTMLTag(MyHTML_TAG_DD)
    public static let details = HTMLTag(MyHTML_TAG_DETAILS)
    public static let dialog = HTMLTag(MyHTML_TAG_DIALOG)
    public static let div = HTMLTag(MyHTML_TAG_DIV)
    public static let dl = HTMLTag(MyHTML_TAG_DL)
    public static let dt = HTMLTag(MyHTML_TAG_DT)
    public static let embed = HTMLTag(MyHTML_TAG_EMBED)
    public static let fieldset = HTMLTag(MyHTML_TAG_FIELDSET)
    public static let figcaption = HTMLTag(MyHTML_TAG_FIGCAPTION)
    public static let figure = HTMLTag(MyHTML_TAG_FIGURE)
    public static let footer = HTMLTag(MyHTML_TAG_FOOTER)
    public static let form = HTMLTag(MyHTML_TAG_FORM)
    public static let frame = HTMLTag(MyHTML_TAG_FRAME)
    public static let h1 = HTMLTag(MyHTML_TAG_H1)
    public static let h2 = HTMLTag(MyHTML_TAG_H2)
    public static let h3 = HTMLTag(MyHTML_TAG_H3)
    public static let h4 = HTMLTag(MyHTML_TAG_H4)
    public static let h5 = HTMLTag(MyHTML_TAG_H5)
    public static let h6 = HTMLTag(MyHTML_TAG_H6)
    public static let head = HTMLTag(MyHTML_TAG_HEAD)
    public static let header = HTMLTag(MyHTML_TAG_HEADER)
    public static let hgroup = HTMLTag(MyHTML_TAG_HGROUP)
    public static let hr = HTMLTag(MyHTML_TAG_HR)
    public static let html = HTMLTag(MyHTML_TAG_HTML)
    public static let iframe = HTMLTag(MyHTML_TAG_IFRAME)
    public static let img = HTMLTag(MyHTML_TAG_IMG)
    public static let input = HTMLTag(MyHTML_TAG_INPUT)
    public static let label = HTMLTag(MyHTML_TAG_LABEL)
    public static let legend = HTMLTag(MyHTML_TAG_LEGEND)
    public static let li = HTMLTag(MyHTML_TAG_LI)
    public static let link = HTMLTag(MyHTML_TAG_LINK)
    public static let main = HTMLTag(MyHTML_TAG_MAIN)
    public static let map = HTMLTag(MyHTML_TAG_MAP)
    public static let menu = HTMLTag(MyHTML_TAG_MENU)
    public static let meta = HTMLTag(MyHTML_TAG_META)
    public static let nav = HTMLTag(MyHTML_TAG_NAV)
    public static let noscript = HTMLTag(MyHTML_TAG_NOSCRIPT)
    public static let object = HTMLTag(MyHTML_TAG_OBJECT)
    public static let ol = HTMLTag(MyHTML_TAG_OL)
    public static let option = HTMLTag(MyHTML_TAG_OPTION)
    public static let p = HTMLTag(MyHTML_TAG_P)
    public static let pre = HTMLTag(MyHTML_TAG_PRE)
    public static let script = HTMLTag(MyHTML_TAG_SCRIPT)
    public static let section = HTMLTag(MyHTML_TAG_SECTION)
    public static let select = HTMLTag(MyHTML_TAG_SELECT)
    public static let source = HTMLTag(MyHTML_TAG_SOURCE)
    public static let span = HTMLTag(MyHTML_TAG_SPAN)
    public static let style = HTMLTag(MyHTML_TAG_STYLE)
    public static let summary = HTMLTag(MyHTML_TAG_SUMMARY)
    public static let svg = HTMLTag(MyHTML_TAG_SVG)
    public static let table = HTMLTag(MyHTML_TAG_TABLE)
    public static let tbody = HTMLTag(MyHTML_TAG_TBODY)
    public static let td = HTMLTag(MyHTML_TAG_TD)
    public static let template = HTMLTag(MyHTML_TAG_TEMPLATE)
    public static let textarea = HTMLTag(MyHTML_TAG_TEXTAREA)
    public static let tfoot = HTMLTag(MyHTML_TAG_TFOOT)
    public static let th = HTMLTag(MyHTML_TAG_TH)
    public static let thead = HTMLTag(MyHTML_TAG_THEAD)
    public static let time = HTMLTag(MyHTML_TAG_TIME)
    public static let title = HTMLTag(MyHTML_TAG_TITLE)
    public static let tr = HTMLTag(MyHTML_TAG_TR)
    public static let ul = HTMLTag(MyHTML_TAG_UL)
    public static let video = HTMLTag(MyHTML_TAG_VIDEO)
    public static let center = HTMLTag(MyHTML_TAG_CENTER)
    public static let font = HTMLTag(MyHTML_TAG_FONT)
    public static let address = HTMLTag(MyHTML_TAG_ADDRESS)
    public static let math = HTMLTag(MyHTML_TAG_MATH)

    /// Tags whose content is never article text.
    public static let neverContent: Set<HTMLTag> = [
        .script, .style, .noscript, .template, .iframe, .svg, .canvas, .button, .select, .option,
        .textarea, .input, .embed, .object, .audio, .video, .map, .head, .title, .meta,
        .link, .comment, .dialog, .math,
    ]

    /// Tags that start a new block of text.
    public static let blocks: Set<HTMLTag> = [
        .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .li, .blockquote, .pre, .figcaption, .td, .th,
        .tr, .table, .ul, .ol, .dl, .dt, .dd, .section, .article, .main, .header, .footer,
        .aside, .nav, .figure, .br, .hr, .address, .center, .caption, .details, .summary,
    ]

    /// Heading tags.
    public static let headings: Set<HTMLTag> = [.h1, .h2, .h3, .h4, .h5, .h6]
}

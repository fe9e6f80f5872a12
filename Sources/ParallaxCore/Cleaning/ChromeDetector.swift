import Foundation

/// Recognises site furniture: navigation, share and subscribe prompts, cookie and ad notices,
/// "more topics" widgets and the like.
///
/// Works on one block of text at a time, typographically unified; blocks longer than a chrome
/// line ever is are not examined, which also keeps huge lines cheap.
package enum ChromeDetector {
    /// The longest block, in characters, that can be chrome.
    static let maximumLength = 160
    /// The most words a chrome line has.
    static let maximumWords = 25

    /// Returns why `block` is chrome, or `nil` when it is content.
    package static func reason(for block: String) -> String? {
        // Chrome is short: longer blocks are content, and cost nothing more to decide.
        guard block.utf8.count <= maximumLength * 2, TextShape.wordCount(block) <= maximumWords
        else { return nil }
        let text = trimmed(Typography.unify(block).lowercased())
        guard !text.isEmpty, text.count <= maximumLength else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        if let match = wholeLine.firstMatch(in: text, range: range) {
            let matched = (text as NSString).substring(with: match.range(at: 1))
            return "site chrome: \"\(matched)\""
        }
        if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), isDateLine(text) {
            return "a line of nothing but a date or time"
        }
        if TextShape.wordCount(text) <= 10, let match = prompt.firstMatch(in: text, range: range) {
            let matched = (text as NSString).substring(with: match.range)
            return "short line with a site prompt: \"\(matched)\""
        }
        return nil
    }

    /// Marks that may stand around chrome without being part of what it says.
    private static let edges: Set<Unicode.Scalar> = [
        " ", ".", ":", ";", "!", "|", ">", "»", "-", "*", "•", "·", "\t",
    ]

    /// `text` without edge marks and spaces at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !edges.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !edges.contains($0) })!
        return String(scalars[first...last])
    }

    /// Whether a line holds only a date or time stamp ("Monday, Sep 10, 2012 | Updated 9:01 AM
    /// EDT"), which pages print beside the story rather than in it.
    static func isDateLine(_ text: String) -> Bool {
        // A stamp starts with a digit or a calendar or stamp word; most lines fail here, cheaply.
        let first = text.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard let initial = first.first,
            initial.isNumber || DateWords.months.contains(first)
                || DateWords.weekdays.contains(first)
                || DateWords.stampWords.contains(first)
        else { return false }
        let tokens = Tokenizer.tokens(text)
        var numbers = 0
        var calendarWords = 0
        for token in tokens {
            switch token.kind {
            case .number: numbers += 1
            case .punctuation: continue
            case .word:
                let word = token.lowercased.trimmingCharacters(in: ["."])
                if DateWords.months.contains(word) || DateWords.weekdays.contains(word) {
                    calendarWords += 1
                } else if !DateWords.stampWords.contains(word) {
                    return false
                }
            }
        }
        return numbers >= 1 && (calendarWords >= 1 || numbers >= 2)
    }

    /// Words of date and time stamps.
    enum DateWords {
        static let months: Set<String> = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec",
        ]
        static let weekdays: Set<String> = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
            "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        ]
        static let stampWords: Set<String> = [
            "am", "pm", "a", "m", "p", "a.m", "p.m", "at", "on", "updated", "published", "posted",
            "last", "modified", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt",
            "pst", "pdt", "gmt", "bst", "utc", "cet", "cest", "ist", "aest", "st", "nd", "rd", "th",
        ]
    }

    /// Lines that are chrome in their entirety.
    private static let wholeLine = try! NSRegularExpression(
        pattern: "^(" + wholeLinePatterns.joined(separator: "|") + ")$")

    private static let wholeLinePatterns: [String] = [
        #"(?:more|other) (?:topics|stories|news|articles|videos) (?:for you|like this|from [^.]{1,40})"#,
        #"(?:this )?(?:topic|story|article|text) continues (?:below|after (?:the )?(?:ad|advertisement))"#,
        #"continue reading(?: below| the (?:main )?story)?"#,
        #"read (?:more|next|also|the full story)(?:[: ].{0,80})?"#, #"see also(?:[: ].{0,80})?"#,
        #"related(?: articles| stories| coverage| content| topics)?"#,
        #"recommended(?: for you| stories| reading)?"#, #"most (?:read|popular|viewed|shared)"#,
        #"you (?:may|might) (?:also )?like"#, #"trending(?: now| stories)?"#, "top stories",
        "latest news", #"editor'?s picks?"#, "advertisement", "advertising",
        #"sponsored(?: content| links?)?"#, "ads?",
        #"scroll (?:down )?to continue(?: with content)?"#, #"skip to (?:main )?content"#,
        #"share(?: this| the)?(?: article| story| page| post| on [a-z]+)?"#, #"share via .{1,40}"#,
        "tweet", "email", "print", #"\d* ?comments?"#, "leave a comment", "show comments",
        #"sign (?:up|in)(?: (?:for|to) .{0,60})?"#, "log ?in", "register",
        #"subscribe(?: (?:to|for|now|today) .{0,80})?"#,
        #"(?:get|join) (?:our|the) newsletter.{0,60}"#,
        #"newsletter(?: sign-?up)?"#, #"follow us(?: on .{0,40})?"#,
        #"download (?:our|the) app.{0,60}"#,
        #"accept(?: all)? cookies"#, #"(?:this (?:site|website) )?uses? cookies.{0,120}"#,
        #"cookie (?:policy|settings|preferences)"#, #"manage (?:cookies|preferences)"#,
        "privacy policy", #"terms (?:of (?:use|service)|and conditions)"#,
        #"all rights reserved.{0,80}"#, #"copyright .{0,80}"#, #"\(c\) .{0,80}"#, #"© ?.{0,80}"#,
        #"image (?:source|caption|credit):.{0,80}"#,
        #"(?:photo|image|picture|video|credit)s?: .{0,80}"#,
        "getty images", #"watch(?: the)? video.{0,60}"#, #"click here.{0,80}"#,
        #"listen to (?:this|the) (?:article|story).{0,40}"#, #"\d+ min(?:ute)?s? read"#,
        #"(?:updated|published|last updated|posted):? .{0,40}\d.{0,30}"#, "back to top",
        "go to top", "menu", "home", "search", "close", "next article", "previous article",
        #"view (?:comments|gallery)"#, "open in app", "listen", "play video",
        "don'?t miss", "related news", #"related(?: [a-z]+)?: .{1,80}"#,
        #"(?:image|photo|picture|slide) \d+ of \d+"#, #"more (?:great )?[a-z]+ stories"#, "tags?",
        "topics", "breaking news emails", "more on this",
        "more from [a-z ]{1,40}", "recommended videos", "watch next", "up next",
        #"\(?(?:with |additional )?reporting by .{1,120}"#, #"\(?(?:writing|editing) by .{1,80}"#,
    ]

    /// Prompts that make a short line chrome wherever they stand in it.
    private static let prompt = try! NSRegularExpression(
        pattern: #"\b("# + promptPatterns.joined(separator: "|") + #")\b"#)

    private static let promptPatterns: [String] = [
        "subscribe", "newsletter", "sign up", "cookies?", "advertisement", "share this",
        "follow us", "click here", "download (?:our|the) app", "already a subscriber",
        "create (?:a )?free account", "turn off (?:your )?ad ?blocker",
        "support (?:our|independent) journalism",
    ]
}

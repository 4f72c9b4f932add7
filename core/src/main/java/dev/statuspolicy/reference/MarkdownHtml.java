package dev.statuspolicy.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the Markdown that {@link ReferenceMarkdown} writes into HTML, so that the page served to
 * people and the page checked in are one text. It reads exactly the forms the reference uses:
 * headings (with GitHub's anchors, so that the page's own links work), paragraphs, lists, block
 * quotes, tables, fenced code, and inline code, bold, italics, links and {@code <br>} in table
 * cells. Every other character is escaped; a comment line is dropped.
 */
final class MarkdownHtml {

  private final StringBuilder out = new StringBuilder(65_536);
  private final Map<String, Integer> anchors = new HashMap<>();

  private MarkdownHtml() {}

  /**
   * Converts the Markdown.
   *
   * @param markdown the Markdown text
   * @return the HTML of the body
   */
  static String convert(String markdown) {
    MarkdownHtml html = new MarkdownHtml();
    html.blocks(markdown.split("\n", -1));
    return html.out.toString();
  }

  private void blocks(String[] lines) {
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (line.isBlank() || (line.startsWith("<!--") && line.endsWith("-->"))) {
        i++;
      } else if (line.startsWith("```")) {
        i = code(lines, i + 1);
      } else if (line.startsWith("#")) {
        heading(line);
        i++;
      } else if (line.startsWith("|")) {
        i = table(lines, i);
      } else if (line.startsWith("- ")) {
        out.append("<ul>\n");
        while (i < lines.length && lines[i].startsWith("- ")) {
          out.append("<li>");
          inline(lines[i].substring(2));
          out.append("</li>\n");
          i++;
        }
        out.append("</ul>\n");
      } else if (line.startsWith("> ")) {
        out.append("<blockquote><p>");
        inline(line.substring(2));
        out.append("</p></blockquote>\n");
        i++;
      } else {
        out.append("<p>");
        boolean first = true;
        while (i < lines.length && isText(lines[i])) {
          if (!first) {
            out.append('\n');
          }
          inline(lines[i]);
          first = false;
          i++;
        }
        out.append("</p>\n");
      }
    }
  }

  private static boolean isText(String line) {
    return !line.isBlank() && !line.startsWith("```") && !line.startsWith("#")
        && !line.startsWith("|") && !line.startsWith("- ") && !line.startsWith("> ");
  }

  private int code(String[] lines, int start) {
    out.append("<pre><code>");
    int i = start;
    for (; i < lines.length && !lines[i].startsWith("```"); i++) {
      if (i > start) {
        out.append('\n');
      }
      out.append(HtmlPage.escape(lines[i]));
    }
    out.append("</code></pre>\n");
    return i + 1;
  }

  private void heading(String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    String text = line.substring(level).trim();
    String anchor = ReferenceMarkdown.anchor(text);
    int seen = anchors.merge(anchor, 1, Integer::sum);
    if (seen > 1) {
      anchor = anchor + "-" + (seen - 1);
    }
    out.append("<h").append(level).append(" id=\"").append(HtmlPage.escape(anchor)).append("\">");
    inline(text);
    out.append("</h").append(level).append(">\n");
  }

  private int table(String[] lines, int start) {
    out.append("<table>\n");
    int i = start;
    boolean header = true;
    for (; i < lines.length && lines[i].startsWith("|"); i++) {
      if (lines[i].startsWith("|---") || lines[i].startsWith("|:--")) {
        continue;
      }
      String tag = header ? "th" : "td";
      out.append("<tr>");
      for (String cell : cells(lines[i])) {
        out.append('<').append(tag).append('>');
        inline(cell.trim());
        out.append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
      header = false;
    }
    out.append("</table>\n");
    return i;
  }

  /** The cells of a table line: split on each {@code |} not escaped or inside code. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append("\\|");
        i++;
      } else if (c == '`') {
        inCode = !inCode;
        cell.append(c);
      } else if (c == '|' && !inCode) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private void inline(String text) {
    boolean strong = false;
    boolean em = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`') {
        int end = text.indexOf('`', i + 1);
        if (end > i) {
          out.append("<code>").append(HtmlPage.escape(text.substring(i + 1, end)))
              .append("</code>");
          i = end + 1;
          continue;
        }
      } else if (text.startsWith("**", i)) {
        out.append(strong ? "</strong>" : "<strong>");
        strong = !strong;
        i += 2;
        continue;
      } else if (c == '_' && (em ? closesEmphasis(text, i) : opensEmphasis(text, i))) {
        out.append(em ? "</em>" : "<em>");
        em = !em;
        i++;
        continue;
      } else if (c == '[') {
        int close = linkTextEnd(text, i);
        if (close > 0 && text.startsWith("](", close)) {
          int end = text.indexOf(')', close + 2);
          if (end > 0) {
            out.append("<a href=\"").append(HtmlPage.escape(text.substring(close + 2, end)))
                .append("\">");
            inline(text.substring(i + 1, close));
            out.append("</a>");
            i = end + 1;
            continue;
          }
        }
      } else if (text.startsWith("<br>", i)) {
        out.append("<br>");
        i += 4;
        continue;
      } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
        out.append('|');
        i += 2;
        continue;
      }
      out.append(HtmlPage.escape(String.valueOf(c)));
      i++;
    }
    if (em) {
      out.append("</em>");
    }
    if (strong) {
      out.append("</strong>");
    }
  }

  /** The index of the {@code ]} that closes a link's text, code spans skipped; -1 if none. */
  private static int linkTextEnd(String text, int open) {
    boolean inCode = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      } else if (c == ']' && !inCode) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensEmphasis(String text, int at) {
    boolean startsWord = at == 0 || " (".indexOf(text.charAt(at - 1)) >= 0;
    return startsWord && at + 1 < text.length() && text.charAt(at + 1) != ' '
        && text.indexOf('_', at + 1) > 0;
  }

  private static boolean closesEmphasis(String text, int at) {
    return at + 1 >= text.length() || " .,;:)".indexOf(text.charAt(at + 1)) >= 0;
  }
}

#!/usr/bin/env python3
"""Regenerates the ingest fixtures from Pipelines/samples/union-news-page.txt (run from this folder)."""
import json, pathlib

here = pathlib.Path(__file__).parent
page = (here / "../../../Pipelines/samples/union-news-page.txt").read_text(encoding="utf-8")
lines = page.split("\n")

def write(name, data):
    (here / name).write_bytes(data)

write("union-news-page.txt", page.encode("utf-8"))
write("union-news-page.bom.txt", b"\xef\xbb\xbf" + page.encode("utf-8"))
write("union-news-page.crlf.txt", page.replace("\n", "\r\n").encode("utf-8"))
write("union-news-page.gbk.txt", page.encode("gbk"))
write("union-news-page.utf16le.txt", b"\xff\xfe" + page.encode("utf-16-le"))
write("union-news-page.utf16be.txt", b"\xfe\xff" + page.encode("utf-16-be"))

# HTML: every non-empty line of the page becomes a <p>, wrapped in boilerplate that must be dropped.
def html_page(charset, title_before_meta):
    head = ["<title>工人日报 第4版</title>"] if title_before_meta else []
    head += [f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
             '<meta name="publishdate" content="2021-06-15">']
    body = [f"<p>{line}</p>" if line else "" for line in lines]
    return "\n".join(["<html><head>", *head, "<script>var s = '本报讯 1234万元';</script>",
                      "<style>p { color: black }</style>", "</head><body>",
                      "<nav>首页 | 新闻 | 2021年 共100版</nav>", "<header>工人日报 2021年6月15日</header>",
                      *body, "<footer>版权所有 1999-2021</footer>", "</body></html>", ""])

write("union-news-page.html", html_page("utf-8", False).encode("utf-8"))
write("union-news-page.gbk.html", html_page("gbk", True).encode("gbk"))

# JSON Lines: one article per line; the title in "title", every other line of the article in "text".
starts = [3, 25, 31, 37, 43, 63, 69, 131, 143, 155, len(lines) + 1]
titles = ["加强在产业工人中开展“推优入党”工作", "中国海员建设工会工匠直播月活动落幕", "西藏工会举办职工演讲比赛",
          "秦皇岛市快递行业联合工会成立", "上海工会举办“致敬！红色工运”主题图片展", "工地端午粽飘香",
          "甘肃工会持续开展百万职工技能素质提升活动", "吉林：30名全国劳模被聘为大学教授", "“科学快车”开进张掖",
          "威海工会“3+”服务为职工办实事"]
records = []
for number, title in enumerate(titles):
    body = [l for l in lines[starts[number] - 1:starts[number + 1] - 1] if l and l != title]
    record = {"id": f"grrb-20210615-04-{number + 1}", "title": title, "text": "\n".join(body),
              "date": "2021-06-15", "url": f"https://example.org/grrb/2021-06/15/{number + 1}.html"}
    # Article 2 is written with \u escapes, to check that columns count the escapes as written.
    records.append(json.dumps(record, ensure_ascii=(number == 1)))
write("union-news-page.jsonl", ("\n".join(records) + "\n").encode("utf-8"))

# Broken inputs, each to be reported with its path while the rest of a batch is read.
write("broken/empty.txt", b"")
write("broken/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
write("broken/invalid-bytes.txt", "工会投入资金1406.46万元。".encode("utf-8") + b"\n\xff\xfe\xfd\x80 end\n")
write("broken/truncated.html", "<html><head><title>截断</title></head><body>\n<p>各级工会投入资金1406.46万元。</p>\n<p>培养各类人才3900多人".encode("utf-8"))
write("broken/malformed.jsonl", "\n".join([
    json.dumps({"title": "第一篇", "text": "工会投入资金1406.46万元。"}, ensure_ascii=False),
    '{"title": "第二篇", "text": "培养各类人才3900多人。"',
    json.dumps({"title": "第三篇", "text": "参加单位5587个。"}, ensure_ascii=False), ""]).encode("utf-8"))

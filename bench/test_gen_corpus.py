#!/usr/bin/env python3
"""Checks bench/gen-corpus.py: sizes, formats, markers, dates and determinism.

Run: python3 bench/test_gen_corpus.py   (standard library only; not part of `mvn verify`)
"""

import datetime
import filecmp
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen-corpus.py")
N = 90


def generate(out, n=N, seed=42):
    subprocess.run([sys.executable, GEN, "--n", str(n), "--seed", str(seed), "--out", out], check=True)


def words(text):
    return len(re.findall(r"[A-Za-z0-9][\w'’.%/–-]*", text))


class TextOf(html.parser.HTMLParser):
    """Visible text of an HTML page's <main> plus the element names and attributes seen."""

    def __init__(self):
        super().__init__()
        self.depth, self.parts, self.tags = 0, [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "main":
            self.depth += 1
        if tag == "img" and self.depth:
            self.parts.append(dict(attrs).get("alt", ""))

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def visible_text(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".txt"):
        body = text.replace("info-icon", "")
        # Drop the trailing review/navigation block, which is not page content.
        body = body.split("\nReviewed By:")[0]
        return body
    if path.endswith(".md"):
        body = text.split("---\n", 2)[2]
        body = re.sub(r"\]\((<[^>]*>|[^)]*)\)", "]", body)  # keep link text, drop targets
        return re.sub(r"[#|*\[\]!-]+", " ", body)
    parser = TextOf()
    parser.feed(text)
    return " ".join(parser.parts)


class GeneratorTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.out = os.path.join(cls.tmp.name, "a")
        generate(cls.out)
        cls.files = sorted(f for f in os.listdir(cls.out) if f != "corpus.json")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.out, name)

    def read(self, name):
        with open(self.path(name), encoding="utf-8") as f:
            return f.read()

    def test_count_and_format_rotation(self):
        self.assertEqual(N, len(self.files))
        exts = [f.rsplit(".", 1)[1] for f in self.files]
        self.assertEqual(["txt", "md", "html"] * (N // 3), exts)

    def test_word_counts_between_400_and_2000(self):
        counts = [words(visible_text(self.path(f))) for f in self.files]
        self.assertGreaterEqual(min(counts), 400, counts)
        self.assertLessEqual(max(counts), 2100, counts)  # markup leftovers may add a few tokens
        self.assertGreater(max(counts) - min(counts), 500, "sizes should vary")

    def test_txt_pages_have_markers_bullets_and_review_block(self):
        for name in (f for f in self.files if f.endswith(".txt")):
            text = self.read(name)
            lines = text.split("\n")
            self.assertRegex(text, r"[a-z0-9]info-icon", name)
            self.assertNotRegex(text, r"\sinfo-icon", name + ": marker must be glued to a word")
            self.assertIn("\n  • ", text, name)
            self.assertRegex(text, r"[^.\n]:\n\n  • ", name + ": a lead-in ending in ':' before a list")
            i = lines.index(next(l for l in lines if l.startswith("Reviewed By:")))
            reviewed = datetime.datetime.strptime(lines[i - 1], "%B %d, %Y").date()
            self.assertTrue(lines[i + 2].startswith("More In "), name)
            updated = datetime.datetime.strptime(lines[i + 4], "%B %d, %Y").date()
            self.assertLessEqual(reviewed, updated, name)
            self.assertLessEqual(updated, datetime.date.today(), name)
            self.assertEqual("", lines[-1], name + ": ends with a newline")

    def test_md_pages_have_front_matter_links_and_tables(self):
        md = [f for f in self.files if f.endswith(".md")]
        tables = 0
        for name in md:
            text = self.read(name)
            head = text.split("---\n")[1]
            keys = dict(line.split(": ", 1) for line in head.strip().split("\n"))
            self.assertIn("title", keys, name)
            datetime.date.fromisoformat(keys["lastReviewed"])
            datetime.date.fromisoformat(keys["updated"])
            self.assertRegex(text, r"\[[^\]]+\]\((glossary:\w+|<glossary:[^>]+>)\)", name)
            self.assertIn("\n- ", text, name)
            if re.search(r"^\|---\|", text, re.M):
                tables += 1
        self.assertGreater(tables, len(md) // 4, "a good share of pages carry a pipe table")

    def test_html_pages_have_semantic_elements(self):
        html_files = [f for f in self.files if f.endswith(".html")]
        seen = set()
        for name in html_files:
            parser = TextOf()
            parser.feed(self.read(name))
            tags = {t for t, _ in parser.tags}
            for required in ("main", "h1", "h2", "time"):
                self.assertIn(required, tags, name)
            spans = [a for t, a in parser.tags if t == "span" and a.get("class") == "glossary-term"]
            self.assertTrue(spans, name)
            self.assertTrue(all(a.get("data-term") and a.get("title") for a in spans), name)
            for t, a in parser.tags:
                if t == "time":
                    datetime.date.fromisoformat(a["datetime"])
                if t == "img":
                    self.assertTrue(a.get("alt"), name)
            seen |= tags
        for element in ("ul", "table", "th", "img", "caption"):
            self.assertIn(element, seen, "some page should use <%s>" % element)

    def test_glossary_terms_cover_the_core_list(self):
        text = "".join(self.read(f) for f in self.files)
        for term in ("lymph node", "biopsy", "metastasis", "chemotherapy", "radiation therapy",
                     "oncologist", "clinical trial", "hormone therapy", "targeted therapy", "tumor"):
            self.assertRegex(text, re.escape(term) + r"info-icon|data-term=\"%s\"|glossary:%s"
                             % (re.escape(term), re.escape(term)), term)

    def test_same_seed_gives_identical_files_and_other_seed_differs(self):
        again = os.path.join(self.tmp.name, "b")
        generate(again)
        match, mismatch, errors = filecmp.cmpfiles(self.out, again, self.files + ["corpus.json"], shallow=False)
        self.assertEqual([], mismatch + errors)
        other = os.path.join(self.tmp.name, "c")
        generate(other, seed=7)
        with open(os.path.join(other, sorted(os.listdir(other))[0]), encoding="utf-8") as f:
            self.assertNotEqual(self.read(self.files[0]), f.read())

    def test_smaller_corpus_is_a_prefix_and_folder_is_replaced(self):
        small = os.path.join(self.tmp.name, "d")
        generate(small, n=N)
        generate(small, n=N // 3)
        names = sorted(f for f in os.listdir(small) if f != "corpus.json")
        self.assertEqual(self.files[:N // 3], names)
        for name in names:
            self.assertTrue(filecmp.cmp(os.path.join(small, name), self.path(name), shallow=False), name)
        with open(os.path.join(small, "corpus.json"), encoding="utf-8") as f:
            self.assertEqual(N // 3, json.load(f)["n"])


if __name__ == "__main__":
    unittest.main()

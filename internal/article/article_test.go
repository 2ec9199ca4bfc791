package article

import "testing"

func TestBlockPlainText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		block Block
		want  string
	}{
		{"paragraph", Block{Kind: Paragraph, Text: "One line."}, "One line."},
		{"heading", Block{Kind: Heading, Level: 2, Text: "Section"}, "Section"},
		{"quote keeps its paragraphs", Block{Kind: Quote, Text: "First.\n\nSecond."}, "First.\n\nSecond."},
		{"code verbatim", Block{Kind: Code, Text: "if x {\n\treturn\n}"}, "if x {\n\treturn\n}"},
		{"list items one per line", Block{Kind: List, Items: []Item{{Text: "a"}, {Text: "b"}}}, "a\nb"},
		{"nested list flattened in order", Block{Kind: List, Items: []Item{
			{Text: "a", Children: []Block{{Kind: List, Items: []Item{{Text: "a1"}, {Text: "a2"}}}}},
			{Text: "b"},
		}}, "a\na1\na2\nb"},
		{"item with a paragraph child", Block{Kind: List, Items: []Item{
			{Text: "a", Children: []Block{{Kind: Paragraph, Text: "more"}, {Kind: Paragraph}}},
		}}, "a\nmore"},
		{"table cells and rows", Block{Kind: Table, Rows: [][]string{{"h1", "h2"}, {"1", "2"}}, HeaderRows: 1}, "h1 | h2\n1 | 2"},
		{"a caption is not prose", Block{Kind: Figure, Src: "https://example.org/a.jpg", Alt: "alt", Caption: "A harbour."}, ""},
		{"figure without caption", Block{Kind: Figure, Src: "https://example.org/a.jpg", Alt: "alt"}, ""},
		{"empty list", Block{Kind: List}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.block.PlainText(); got != tc.want {
				t.Errorf("PlainText() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestArticlePlainText(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks []Block
		want   string
	}{
		{"none", nil, ""},
		{"blocks apart by a blank line", []Block{{Kind: Heading, Text: "Title"}, {Kind: Paragraph, Text: "Body."}}, "Title\n\nBody."},
		{"empty blocks leave no gap", []Block{
			{Kind: Paragraph, Text: "One."}, {Kind: Figure, Src: "x"}, {Kind: Paragraph, Text: "Two."},
		}, "One.\n\nTwo."},
		{"leading empty block", []Block{{Kind: Figure}, {Kind: Paragraph, Text: "Only."}}, "Only."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := Article{Blocks: tc.blocks}
			if got := a.PlainText(); got != tc.want {
				t.Errorf("PlainText() = %q, want %q", got, tc.want)
			}
		})
	}
}

package rules

import (
	"strings"
	"testing"
)

func TestValidName(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"share-widget", true},
		{"link-dense-line", true},
		{"h1-title-repeat", true},
		{"", false},
		{"-share", false},
		{"share-", false},
		{"share--widget", false},
		{"Share", false},
		{"share widget", false},
		{"share_widget", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := validName(tc.name); got != tc.ok {
				t.Errorf("validName(%q) = %v, want %v", tc.name, got, tc.ok)
			}
		})
	}
}

func TestRegisterPanics(t *testing.T) {
	for _, tc := range []struct {
		name        string
		stage       Stage
		rule, wants string
	}{
		{"duplicate", Clean, "test-dup", "registered twice"},
		{"bad name", Clean, "Bad", "invalid rule name"},
		{"bad stage", Stage("nowhere"), "test-stage", "unknown stage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "duplicate" {
				Register(Clean, "test-dup", "registered once")
				defer func() { mu.Lock(); delete(registry, "test-dup"); mu.Unlock() }()
			}
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(r.(string), tc.wants) {
					t.Errorf("recover() = %v, want a panic with %q", r, tc.wants)
				}
			}()
			Register(tc.stage, tc.rule, "doc")
		})
	}
}

func TestTrace(t *testing.T) {
	name := Register(Blocks, "test-trace", "a rule for this test")
	defer func() { mu.Lock(); delete(registry, name); mu.Unlock() }()

	t.Run("nil trace: all on, nothing recorded", func(t *testing.T) {
		var tr *Trace = NewTrace(nil, false)
		if tr != nil {
			t.Fatalf("NewTrace(nil, false) = %v, want nil (the fast path)", tr)
		}
		if !tr.On(name) || tr.Explaining() {
			t.Errorf("nil trace: On=%v Explaining=%v", tr.On(name), tr.Explaining())
		}
		tr.Drop(name, "p", "")
		if len(tr.Decisions()) != 0 {
			t.Errorf("nil trace recorded %v", tr.Decisions())
		}
	})
	t.Run("off switch", func(t *testing.T) {
		tr := NewTrace(map[string]bool{name: true}, false)
		if tr.On(name) {
			t.Errorf("rule %s is on, want off", name)
		}
		if !tr.On("other") {
			t.Errorf("rule other is off, want on")
		}
	})
	t.Run("records in order", func(t *testing.T) {
		tr := NewTrace(nil, true)
		tr.Drop(name, "div.share", "class share")
		tr.Keep(name, "article", "")
		d := tr.Decisions()
		if len(d) != 2 || d[0].Kept || !d[1].Kept || d[0].Rule != name || d[0].Detail != "class share" || d[1].Region != "article" {
			t.Errorf("decisions = %+v", d)
		}
	})
}

func TestAllAndCheckNames(t *testing.T) {
	a := Register(Fallback, "test-all-b", "b")
	b := Register(Meta, "test-all-a", "a")
	defer func() { mu.Lock(); delete(registry, a); delete(registry, b); mu.Unlock() }()
	all := All()
	ia, ib := -1, -1
	for i, r := range all {
		switch r.Name {
		case a:
			ia = i
		case b:
			ib = i
		}
	}
	if ia < 0 || ib < 0 || ib > ia {
		t.Errorf("All(): meta rule at %d, fallback rule at %d; want meta first", ib, ia)
	}
	if err := CheckNames([]string{a, b}); err != nil {
		t.Errorf("CheckNames(registered) = %v", err)
	}
	if err := CheckNames([]string{a, "no-such-rule"}); err == nil || !strings.Contains(err.Error(), `"no-such-rule"`) {
		t.Errorf("CheckNames(unknown) = %v, want an error naming it", err)
	}
	core := RegisterCore(Select, "test-all-core", "the method")
	defer func() { mu.Lock(); delete(registry, core); mu.Unlock() }()
	if err := CheckNames([]string{core}); err == nil || !strings.Contains(err.Error(), "cannot be switched off") {
		t.Errorf("CheckNames(core) = %v, want a refusal", err)
	}
}

package main

import (
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"
	"fmt"

	"github.com/pith-org/pith/internal/extract"
)

func prof() {
	files, _ := filepath.Glob("/work/shared/corpus/segments/html/*")
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	t := time.Now()
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		t0 := time.Now()
		extract.FromBytes(raw, extract.Options{})
		if d := time.Since(t0); d > 200*time.Millisecond {
			fmt.Println(p, d)
		}
	}
	pprof.StopCPUProfile()
	fmt.Println(time.Since(t))
}

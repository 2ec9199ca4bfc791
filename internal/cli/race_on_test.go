//go:build race

package cli

// raceEnabled: the race detector slows extraction ~10x, so the heaviest
// hostile pages are left to the plain test run.
const raceEnabled = true

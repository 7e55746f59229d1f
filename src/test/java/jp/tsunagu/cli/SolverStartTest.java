package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The native solver library starts loading at the very start of the command lines that solve (issue 12's 1 s
 * for {@code assign}), and of no other: help and {@code --unseated-only} never run the exact solver.
 */
class SolverStartTest {

    @Test
    void onlyTheCommandsThatSolveLoadTheSolverEarly() {
        assertThat(Cli.solves(Cli.commandName("assign"), "assign")).isTrue();
        assertThat(Cli.solves(
                        Cli.commandName("--data", "x.db", "--json", "assign"), "--data", "x.db", "--json", "assign"))
                .isTrue();
        assertThat(Cli.solves(Cli.commandName("reseat"), "reseat")).isTrue();
        assertThat(Cli.solves(Cli.commandName("assign", "--unseated-only"), "assign", "--unseated-only"))
                .isFalse();
        assertThat(Cli.solves(Cli.commandName("assign", "--help"), "assign", "--help"))
                .isFalse();
        assertThat(Cli.solves(Cli.commandName("import", "f.xlsx"), "import", "f.xlsx"))
                .isFalse();
        assertThat(Cli.solves(
                        Cli.commandName("--data", "assign", "event", "list"), "--data", "assign", "event", "list"))
                .isFalse();
    }
}

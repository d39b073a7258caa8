package org.careprint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.careprint.run.BatchBuilder;
import org.careprint.run.BookletCommand;
import org.careprint.batch.BatchOptions;
import org.careprint.batch.ConsoleText;
import org.careprint.run.CheckCommand;
import org.careprint.report.ReportMerger;
import org.careprint.batch.ToolVersion;
import org.careprint.model.CarePrintException;

/**
 * {@code careprint build|check|booklet|merge}: parses the command line and maps outcomes to exit codes
 * (0 ok, 1 some document failed or --strict warnings, 2 usage or configuration). The work is in batch.
 */
public final class Main {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final String sourceDateEpoch;

    public Main(PrintStream out, PrintStream err, String sourceDateEpoch) {
        this.out = out;
        this.err = err;
        this.sourceDateEpoch = sourceDateEpoch;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Main(out, err, System.getenv("SOURCE_DATE_EPOCH")).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public int run(String[] args) {
        if (args.length == 0) {
            err.println("careprint: no command given. Use 'careprint build INPUT... -o OUT', 'careprint check INPUT...' "
                    + "or 'careprint --help'.");
            return USAGE;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "-h", "--help", "help":
                out.print(Help.overview());
                return OK;
            case "-V", "--version", "version":
                out.println("careprint " + ToolVersion.get());
                return OK;
            case "build":
            case "check":
            case "booklet":
            case "merge":
                return runCommand(command, rest);
            default:
                err.println("careprint: unknown command '" + ConsoleText.safe(command) + "'; use build, check, booklet or merge (see careprint --help).");
                return USAGE;
        }
    }

    private int runCommand(String command, String[] args) {
        Options options = switch (command) {
            case "build" -> CliOptions.build();
            case "check" -> CliOptions.check();
            case "booklet" -> BookletCliOptions.options();
            default -> CliOptions.merge();
        };
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        try {
            CommandLine cl = DefaultParser.builder().build().parse(options, args);
            if (cl.hasOption("help")) {
                out.print(Help.command(command, options));
                return OK;
            }
            List<Path> inputs = cl.getArgList().stream().map(Path::of).toList();
            switch (command) {
                case "build": {
                    BatchOptions o = CliOptions.toBatchOptions(cl, sourceDateEpoch);
                    return new BatchBuilder(o, out, err).build(inputs).exitCode();
                }
                case "booklet": {
                    if (!cl.hasOption("output")) {
                        throw new CarePrintException("booklet needs -o BOOK.pdf, the file to write.");
                    }
                    BatchOptions o = CliOptions.toBatchOptions(cl, sourceDateEpoch);
                    return new BookletCommand(o, BookletCliOptions.toBookletOptions(cl, o), o.output(), out, err)
                            .make(inputs).exitCode();
                }
                case "check": {
                    BatchOptions o = CliOptions.toBatchOptions(cl, sourceDateEpoch);
                    return new CheckCommand(o, cl.hasOption("json"), out, err).check(inputs).exitCode();
                }
                default: {
                    if (!cl.hasOption("output")) {
                        throw new CarePrintException("merge needs -o OUT, the folder for the merged report.");
                    }
                    return new ReportMerger(out, cl.hasOption("quiet"), cl.hasOption("wait"), err)
                            .merge(inputs, Path.of(cl.getOptionValue("output"))).exitCode();
                }
            }
        } catch (ParseException e) {
            err.println("careprint " + command + ": " + ConsoleText.safe(e.getMessage()) + "; see 'careprint " + command + " --help'.");
            return USAGE;
        } catch (CarePrintException e) {
            err.println("careprint: " + ConsoleText.safe(e.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            return USAGE;
        } catch (java.io.UncheckedIOException e) {
            err.println("careprint: " + ConsoleText.safe(org.careprint.batch.IoProblem.sentence(e.getCause())));
            if (verbose) {
                e.printStackTrace(err);
            }
            return USAGE;
        } catch (RuntimeException e) {
            err.println("careprint: unexpected problem: " + ConsoleText.safe(String.valueOf(e)) + (verbose ? "" : "; run again with --verbose for details."));
            if (verbose) {
                e.printStackTrace(err);
            }
            return USAGE;
        }
    }

    /** Help text: hand-written usage, option list from Commons CLI. */
    static final class Help {
        private Help() {
        }

        static String overview() {
            return """
                    CarePrint %s: large-print PDF handouts and audio editions of patient-education pages.

                    Usage:
                      careprint build [OPTIONS] INPUT...     make PDF + MP3 + captions, report.json and index.html
                      careprint check [--json] [OPTIONS] INPUT...   read and lint pages; writes nothing
                      careprint booklet [OPTIONS] INPUT... -o BOOK.pdf   many handouts as one large-print book
                      careprint merge OUT1 OUT2 ... -o OUT   merge the outputs of --shard runs
                      careprint COMMAND --help               options of a command
                      careprint --version

                    INPUT is a .txt, .md/.markdown or .html/.htm file, or a folder (searched recursively).
                    Exit codes: 0 ok (warnings allowed), 1 a document failed (or --strict and warnings),
                    2 usage or configuration error.
                    """.formatted(ToolVersion.get());
        }

        @SuppressWarnings("deprecation")
        static String command(String command, Options options) {
            java.io.StringWriter text = new java.io.StringWriter();
            PrintWriter w = new PrintWriter(text);
            String syntax = switch (command) {
                case "build" -> "careprint build [OPTIONS] INPUT...";
                case "check" -> "careprint check [--json] [OPTIONS] INPUT...";
                case "booklet" -> "careprint booklet [OPTIONS] INPUT... -o BOOK.pdf";
                default -> "careprint merge OUT1 OUT2 ... -o OUT";
            };
            org.apache.commons.cli.HelpFormatter f = new org.apache.commons.cli.HelpFormatter();
            f.printHelp(w, 100, syntax, "", options, 2, 3, "");
            w.flush();
            return text.toString();
        }
    }
}

package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.types.DotNetList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Where the warning (3), verbose (4), debug (5) and information (6) streams go besides the host: a
 * stage's {@code 3>&1} / {@code *>&1} merges its records into its output, {@code 4> file} into a
 * file, {@code 5> $null} nowhere (5.1's CommandProcessorBase output pipes); and the
 * -WarningVariable / -InformationVariable lists of the commands running now (MshCommandRuntime
 * AppendWarningVarList / AppendInformationVarList, which also see what nested commands write).
 */
public final class InformationalStreams {
    public static final int WARNING = 3;
    public static final int VERBOSE = 4;
    public static final int DEBUG = 5;
    public static final int INFORMATION = 6;

    @SuppressWarnings("unchecked")
    private List<Object>[] targets = new List[INFORMATION + 1];
    /** A command's scope and its variable lists: [warning, information]; gone when the scope is. */
    private final Map<Scope, List<Object>[]> variables = new WeakHashMap<>();

    /** The redirections of one pipeline stage in force until {@link Stage#close()}. */
    public final class Stage implements AutoCloseable {
        private final List<Object>[] saved;
        private final List<Object[]> files = new ArrayList<>();

        private Stage(List<Object>[] saved) {
            this.saved = saved;
        }

        /** Writes what went to {@code 3> file} and the like, once the stage has run. */
        public void writeFiles(FileWriter writer) {
            for (Object[] f : files) {
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) f[2];
                writer.write((String) f[0], items, (Boolean) f[1]);
            }
        }

        @Override
        public void close() {
            targets = saved;
        }
    }

    /** Writes records to a file as {@code > file} writes output. */
    public interface FileWriter {
        void write(String path, List<Object> items, boolean append);
    }

    /** Applies a stage's redirections of streams 3 to 6 ({@code *} included); {@code stageOut} is its output. */
    public Stage open(List<PipelineElement.Redirection> redirections, List<Object> stageOut,
                      Function<Expression, Object> eval) {
        Stage stage = new Stage(targets);
        if (redirections.isEmpty()) {
            return stage;
        }
        List<Object>[] next = targets.clone();
        for (PipelineElement.Redirection r : redirections) {
            int from = r.fromStream();
            if (from != 0 && (from < WARNING || from > INFORMATION)) {
                continue;
            }
            List<Object> target;
            if (r.target() == null) {
                if (r.toStream() != 1) {
                    continue;
                }
                target = stageOut;
            } else {
                Object path = LanguagePrimitives.unwrapNull(eval.apply(r.target()));
                if (from == 0) {
                    // *> file writes the stage's output to the file: the records go with it, in order.
                    target = path == null ? new ArrayList<>() : stageOut;
                } else {
                    target = new ArrayList<>();
                    if (path != null) {
                        stage.files.add(new Object[] {LanguagePrimitives.toStringValue(path), r.append(), target});
                    }
                }
            }
            if (from == 0) {
                for (int s = WARNING; s <= INFORMATION; s++) {
                    next[s] = target;
                }
            } else {
                next[from] = target;
            }
        }
        targets = next;
        return stage;
    }

    /** Hands a record to its stream's redirection; false when the stream is not redirected. */
    boolean redirect(int stream, Object record) {
        List<Object> target = targets[stream];
        if (target == null) {
            return false;
        }
        target.add(record);
        return true;
    }

    /** Sets up a command's -WarningVariable and -InformationVariable in {@code caller}'s view. */
    void attachVariables(Interpreter interp, Scope caller, Scope command, String warningVariable,
                         String informationVariable) {
        if (isEmpty(warningVariable) && isEmpty(informationVariable)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object>[] lists = new List[2];
        Scope saved = interp.scope();
        interp.setScope(caller);
        try {
            lists[0] = PipeVariables.setup(interp, warningVariable);
            lists[1] = PipeVariables.setup(interp, informationVariable);
        } finally {
            interp.setScope(saved);
        }
        variables.put(command, lists);
    }

    /** Adds a record to the variable lists of every command running from {@code scope} outwards. */
    void appendToVariables(Scope scope, int stream, Object record) {
        if (variables.isEmpty()) {
            return;
        }
        int index = stream == WARNING ? 0 : 1;
        for (Scope s = scope; s != null; s = s.parent()) {
            List<Object>[] lists = variables.get(s);
            if (lists != null && lists[index] != null) {
                lists[index].add(record);
            }
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}

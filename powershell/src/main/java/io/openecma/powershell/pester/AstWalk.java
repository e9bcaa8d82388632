package io.openecma.powershell.pester;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.function.Consumer;

/** Visits every node of a parsed script (the AST is made of records and lists of records). */
final class AstWalk {

    private AstWalk() {
    }

    static void walk(Object node, Consumer<Object> visitor) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(item -> walk(item, visitor));
            return;
        }
        if (!(node instanceof Record)) {
            return;
        }
        visitor.accept(node);
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            try {
                walk(component.getAccessor().invoke(node), visitor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
    }

    /** The bare-word name of a command ({@code It} in {@code It "x" {}}), or null for {@code & $x} and the like. */
    static String commandName(PipelineElement.Command command) {
        if (command.invocation().isEmpty() && command.name() instanceof Expression.StringConstant s) {
            return s.value();
        }
        return null;
    }
}

package io.openecma.powershell.cmdlets.results;

import java.util.List;

/** Microsoft.PowerShell.Commands.MatchInfoContext: the lines before and after a match (-Context). */
public record MatchInfoContext(List<String> pre, List<String> post) {
    public MatchInfoContext {
        pre = List.copyOf(pre);
        post = List.copyOf(post);
    }

    public Object[] getPreContext() {
        return pre.toArray();
    }

    public Object[] getPostContext() {
        return post.toArray();
    }

    public Object[] getDisplayPreContext() {
        return pre.toArray();
    }

    public Object[] getDisplayPostContext() {
        return post.toArray();
    }
}

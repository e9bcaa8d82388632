package io.openecma.powershell.types.hosting;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.types.DotNetList;
import java.time.ZoneId;

/**
 * {@code System.Management.Automation.InformationRecord} (InformationRecord.cs): what Write-Information
 * and Write-Host write to the information stream, with its tags, source, time, user, computer, process
 * and thread. Its text is MessageData's, or the type name when there is none.
 */
public final class InformationRecord {
    private final Object messageData;
    private String source;
    private final DotNetList tags = new DotNetList(null);
    private DotNetDateTime timeGenerated = DotNetDateTime.now(ZoneId.systemDefault());
    private final long nativeThreadId = Thread.currentThread().getId();
    private final long managedThreadId = Thread.currentThread().getId();

    public InformationRecord(Object messageData, String source, Iterable<String> tags) {
        this.messageData = messageData;
        this.source = source;
        if (tags != null) {
            tags.forEach(this.tags::add);
        }
    }

    InformationRecord(Object messageData) {
        this(messageData, null, null);
    }

    public Object getMessageData() {
        return messageData;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public DotNetList getTags() {
        return tags;
    }

    public DotNetDateTime getTimeGenerated() {
        return timeGenerated;
    }

    public void setTimeGenerated(DotNetDateTime time) {
        this.timeGenerated = time;
    }

    /** DOMAIN\\user, as the record's WindowsIdentity name (the engine's Environment values). */
    public String getUser() {
        return io.openecma.powershell.types.facades.EnvironmentStatics.getUserDomainName() + "\\"
                + io.openecma.powershell.types.facades.EnvironmentStatics.getUserName();
    }

    public String getComputer() {
        return io.openecma.powershell.types.facades.EnvironmentStatics.getMachineName();
    }

    public long getProcessId() {
        return ProcessHandle.current().pid();
    }

    public long getNativeThreadId() {
        return nativeThreadId;
    }

    public long getManagedThreadId() {
        return managedThreadId;
    }

    /** Whether the record carries this tag (Write-Host's records carry PSHOST). */
    public boolean hasTag(String tag) {
        for (Object t : tags) {
            if (tag.equalsIgnoreCase(String.valueOf(t))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return messageData == null ? "System.Management.Automation.InformationRecord" : String.valueOf(messageData);
    }
}

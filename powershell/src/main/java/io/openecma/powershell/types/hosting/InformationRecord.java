package io.openecma.powershell.types.hosting;

/** {@code System.Management.Automation.InformationRecord}: Write-Information and Write-Host messages. */
public final class InformationRecord {
    private final Object messageData;

    InformationRecord(Object messageData) {
        this.messageData = messageData;
    }

    public Object getMessageData() {
        return messageData;
    }

    @Override
    public String toString() {
        return String.valueOf(messageData);
    }
}

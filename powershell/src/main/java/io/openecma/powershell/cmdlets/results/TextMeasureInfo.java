package io.openecma.powershell.cmdlets.results;

/** Microsoft.PowerShell.Commands.TextMeasureInfo: Measure-Object -Line/-Word/-Character counts (null when not asked). */
public final class TextMeasureInfo extends MeasureInfo {
    private final Integer lines;
    private final Integer words;
    private final Integer characters;

    public TextMeasureInfo(Integer lines, Integer words, Integer characters) {
        this.lines = lines;
        this.words = words;
        this.characters = characters;
    }

    public Integer getLines() {
        return lines;
    }

    public Integer getWords() {
        return words;
    }

    public Integer getCharacters() {
        return characters;
    }
}

/**
 * A traffic widget set into a page: its label, a road and the jam, stamped with the time of the reading and no
 * sentence ("Verkehrslage Brandenburg: A10 Berliner Ring zwischen … 4 km Stau · Stand 10:15 Uhr"). A story reporting
 * a jam ("Auf der A10 staute sich der Verkehr auf vier Kilometern.") has no label and ends like a sentence.
 */

const LABEL = /^(?:Verkehrslage|Verkehrsinfo|Verkehrsinformationen|Verkehrsmeldungen?|Verkehrshinweise?|Staumeldungen?|Stauinfo|Staus?)\b[^:.!?]{0,40}:\s/;
/** A motorway or federal road's number. */
const ROAD = /\b[AB]\s?\d{1,3}\b/;
/** What a reading reports: the jam's length or the time it was taken. */
const READING = /\b\d+(?:,\d+)?\s?km\s+(?:Stau|stockender Verkehr|zähfließender Verkehr)\b|\bStand:?\s+\d{1,2}[:.]\d{2}(?:\s?Uhr)?\s*$/;

/** Whether a line is a traffic widget's reading (labelled, a road, a jam or time stamp, not ending like a sentence). */
export function isTrafficWidget(text: string): boolean {
  return text.length < 300 && LABEL.test(text) && ROAD.test(text) && READING.test(text) && !/[.!?]["“”»«']?$/.test(text);
}

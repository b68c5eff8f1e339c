/** Custom labels defined by the package. */
import { repoRelative } from '../paths';
import { elements, readXml, text } from '../xml';
import { listFiles } from './files';
import type { LabelDef } from './types';

export function readLabels(labelsDir: string): LabelDef[] {
    return listFiles(labelsDir, '.labels-meta.xml').flatMap((file) =>
        elements(readXml(file).element, 'labels').map((label) => ({
            file: repoRelative(file),
            name: text(label, 'fullName') ?? ''
        }))
    );
}

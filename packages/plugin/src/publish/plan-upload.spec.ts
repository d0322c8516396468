import { planUpload } from './plan-upload';

const wheel = { filename: 'datadog_a-0.2.0-py3-none-any.whl', sha256: 'a'.repeat(64) };
const sdist = { filename: 'datadog_a-0.2.0.tar.gz', sha256: 'b'.repeat(64) };
const INDEX = 'http://127.0.0.1:8080/simple/';

describe('planUpload', () => {
  it('uploads both files of a version the index does not have', () => {
    expect(planUpload([wheel, sdist], [{ filename: 'datadog_a-0.1.0.tar.gz' }], 'new-version', INDEX)).toEqual({
      upload: [wheel, sdist],
      present: [],
    });
  });

  it('refuses a new version the index has already, before uploading anything', () => {
    expect(planUpload([wheel, sdist], [{ filename: sdist.filename }], 'new-version', INDEX)).toEqual({
      problem: `${INDEX} already has datadog_a-0.2.0.tar.gz`,
      hint: expect.stringContaining('a published version never changes'),
    });
  });

  it('resumes: uploads what is missing and keeps what the index has, saying whether it is the same', () => {
    expect(planUpload([wheel, sdist], [{ filename: wheel.filename, sha256: wheel.sha256 }], 'resume', INDEX)).toEqual({
      upload: [sdist],
      present: [{ filename: wheel.filename, same: true }],
    });
    expect(
      planUpload(
        [wheel, sdist],
        [{ filename: wheel.filename, sha256: 'c'.repeat(64) }, { filename: sdist.filename }],
        'resume',
        INDEX,
      ),
    ).toEqual({
      upload: [],
      present: [
        { filename: wheel.filename, same: false },
        { filename: sdist.filename, same: undefined },
      ],
    });
  });
});

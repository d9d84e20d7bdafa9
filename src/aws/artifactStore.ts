// Where archives over 50 MB go before a Lambda call reads them: an S3 bucket, behind a port in our own words so
// the commands never see an S3 client. src/aws/sdkS3Upload.ts is the implementation. No vscode.

export interface S3Location {
  bucket: string;
  key: string;
}

export interface UploadOptions {
  signal?: AbortSignal;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Bytes per part (≥ 5 MiB); default 8 MiB. Files up to one part go in one PutObject. */
  partSize?: number;
  /** Parts in flight; default 4. */
  concurrency?: number;
}

export interface UploadResult extends S3Location {
  versionId?: string;
  size: number;
  multipart: boolean;
}

export interface ArtifactStore {
  /** Throws an Error that names the bucket and says what to do when it cannot be written. */
  checkBucket(bucket: string, signal?: AbortSignal): Promise<void>;
  /** Rejects with `signal.reason` when cancelled (after aborting a multipart upload). */
  upload(file: string, target: S3Location, options?: UploadOptions): Promise<UploadResult>;
  /** Removes an uploaded archive again. Never throws. */
  remove(target: S3Location): Promise<boolean>;
}

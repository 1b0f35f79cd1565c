import { CameraOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Upload, type UploadFile, type UploadProps } from 'antd';
import { useEffect, useState } from 'react';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { isAcceptedPhoto, maxPhotoBytes, maxPhotos, photoAccept } from '../lib/visit-labels';

interface VisitPhotoPickerProps {
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  disabled?: boolean;
}

/**
 * Photos for a visit: chosen (or taken with the camera on a phone) and kept in the form, sent with it.
 * Each is checked here for type and size so that nobody waits for an upload the server will refuse.
 */
export function VisitPhotoPicker({ id, value = [], onChange, disabled }: VisitPhotoPickerProps) {
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview);
    },
    [preview],
  );

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!isAcceptedPhoto(file)) {
      message.error(`“${file.name}”不是 JPG、PNG 或 HEIC 格式的照片`);
      return Upload.LIST_IGNORE;
    }
    if (file.size > maxPhotoBytes) {
      message.error(`“${file.name}”超过 10 MB，请压缩后再添加`);
      return Upload.LIST_IGNORE;
    }
    // Kept in the form and sent with it, not uploaded on its own.
    return false;
  };

  const change: UploadProps['onChange'] = ({ fileList }) => {
    if (fileList.length > maxPhotos) {
      message.warning({ key: 'visit-photos-max', content: `每次走访最多 ${maxPhotos} 张照片，多出的未添加` });
    }
    onChange?.(fileList.slice(0, maxPhotos));
  };

  const shared: UploadProps = {
    accept: photoAccept,
    multiple: true,
    fileList: value,
    beforeUpload,
    onChange: change,
    disabled,
  };
  const isFull = value.length >= maxPhotos;

  return (
    <Flex vertical gap={8} id={id}>
      <div data-testid="visit-photos">
        <Upload
          {...shared}
          listType="picture-card"
          onPreview={(file) => {
            if (file.originFileObj) setPreview(URL.createObjectURL(file.originFileObj));
          }}
        >
          {isFull ? null : (
            <Flex vertical align="center" gap={4}>
              <PlusOutlined />
              <span style={{ fontSize: 12 }}>{isMobile ? '相册' : '添加照片'}</span>
            </Flex>
          )}
        </Upload>
      </div>
      {isMobile && !isFull ? (
        <Upload {...shared} showUploadList={false} capture="environment" className="visit-photo-camera">
          <Button icon={<CameraOutlined />} block disabled={disabled} data-testid="visit-photo-camera">
            拍照
          </Button>
        </Upload>
      ) : null}
      <span className="visit-photo-hint">
        已选 {value.length} / {maxPhotos} 张，JPG、PNG 或 HEIC，每张不超过 10 MB；与走访记录一起提交。
      </span>
      {preview ? (
        <Image
          src={preview}
          alt="照片预览"
          styles={{ root: { display: 'none' } }}
          preview={{ open: true, onOpenChange: (open) => !open && setPreview(null) }}
        />
      ) : null}
    </Flex>
  );
}
